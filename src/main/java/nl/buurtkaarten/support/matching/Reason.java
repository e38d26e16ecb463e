package nl.buurtkaarten.support.matching;

import java.util.List;
import java.util.Objects;

/**
 * One reason why a match fits, as data rather than text: see {@link ReasonKind} for the arguments of each kind.
 * Arguments are plain strings (enum names, slots such as {@code TUESDAY:AFTERNOON}, or a parent's own words).
 */
public record Reason(ReasonKind kind, List<String> arguments) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    static Reason of(ReasonKind kind, String... arguments) {
        return new Reason(kind, List.of(arguments));
    }
}
