package nl.buurtkaarten.summary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agreements to share contact details in the live picture. Only ever read for one parent:
 * what they share ({@link #sharedBy}) and, when both agreed, the other's detail ({@link #mutual}).
 */
public record ContactsNow(List<Consent> consents) {

    /** One parent agreed to share {@code detail} with another ({@link ContactService#IN_PERSON}: in person). */
    public record Consent(long from, long to, String detail) {}

    public ContactsNow {
        consents = List.copyOf(consents);
    }

    /** What this parent shares with whom. */
    public Map<Long, String> sharedBy(long participantId) {
        return consents.stream()
                .filter(consent -> consent.from() == participantId)
                .collect(Collectors.toMap(Consent::to, Consent::detail));
    }

    /** The other parent's detail, only when both have agreed to share with each other. */
    public Optional<String> mutual(long participantId, long otherId) {
        boolean mine =
                consents.stream().anyMatch(consent -> consent.from() == participantId && consent.to() == otherId);
        if (!mine) {
            return Optional.empty();
        }
        return consents.stream()
                .filter(consent -> consent.from() == otherId && consent.to() == participantId)
                .map(Consent::detail)
                .findFirst();
    }
}
