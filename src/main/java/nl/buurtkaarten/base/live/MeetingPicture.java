package nl.buurtkaarten.base.live;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every screen of one meeting shows at one moment, built once per batch of events by
 * {@link MeetingPictures} and shared, read-only, by the projector, the control view and every phone
 * of that meeting (and later the live API). Each feature contributes its own part ({@link PicturePart});
 * a screen reads the parts it needs with {@link #part(Class)} and runs no query of its own.
 *
 * <p>Holds what the facilitator may see (hidden answers, every parent's offers, agreed contacts):
 * a screen takes from it only what its user may see.
 *
 * @param meetingId the meeting
 * @param version a newer picture (of any meeting) has a higher version
 * @param parts each part by its type
 * @param changed the types of the parts that differ from the picture before
 */
public record MeetingPicture(long meetingId, long version, Map<Class<?>, Object> parts, Set<Class<?>> changed) {

    public MeetingPicture {
        parts = Map.copyOf(parts);
        changed = Set.copyOf(changed);
    }

    /** The part of this type; every registered part is always present. */
    public <T> T part(Class<T> type) {
        Object value = parts.get(type);
        if (value == null) {
            throw new IllegalArgumentException(
                    "No part " + type.getSimpleName() + " in the picture of meeting " + meetingId);
        }
        return type.cast(value);
    }

    /** The part of this type, if some feature contributes it. */
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(parts.get(type)).map(type::cast);
    }

    public boolean hasChanged(Class<?> type) {
        return changed.contains(type);
    }
}
