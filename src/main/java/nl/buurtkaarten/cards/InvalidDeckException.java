package nl.buurtkaarten.cards;

import java.util.List;
import nl.buurtkaarten.base.UserFacingException;

/** A change or import would give a deck that does not validate; nothing was written. */
public class InvalidDeckException extends UserFacingException {

    private final transient List<DeckProblem> problems;

    InvalidDeckException(String messageKey, List<DeckProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public List<DeckProblem> problems() {
        return problems;
    }
}
