package nl.buurtkaarten.base.live;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import nl.buurtkaarten.base.MeetingEvent;

/**
 * One feature's part of the {@link MeetingPicture}: a Spring bean that reads its part of a meeting,
 * and says which events make the part out of date. Parts are read in the order of the beans
 * ({@link org.springframework.core.annotation.Order}), so a part may use the parts before it in the
 * picture being built (the answers of the card the meeting part found, the summary of the
 * participants and offers just read).
 *
 * @param <T> the part: an immutable value with a meaningful {@code equals}
 */
public interface PicturePart<T> {

    Class<T> type();

    /**
     * Whether the part must be read again after these events, given which parts before it in the
     * picture being built have changed already.
     */
    boolean isStale(List<MeetingEvent> events, Building picture);

    /** Reads the part of a meeting; the parts before this one in order are in {@code picture}. */
    T read(long meetingId, Building picture);

    /**
     * A part from its type, its rule for being out of date and its reader: declare it as an
     * {@code @Bean} with an {@code @Order} in the feature's configuration.
     */
    static <T> PicturePart<T> of(
            Class<T> type, BiPredicate<List<MeetingEvent>, Building> stale, BiFunction<Long, Building, T> reader) {
        return new PicturePart<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public boolean isStale(List<MeetingEvent> events, Building picture) {
                return stale.test(events, picture);
            }

            @Override
            public T read(long meetingId, Building picture) {
                return reader.apply(meetingId, picture);
            }
        };
    }

    /** Whether any of the events is of this type. */
    static boolean anyOf(List<MeetingEvent> events, Class<?> type) {
        return events.stream().anyMatch(type::isInstance);
    }

    /** A picture being built: the parts read so far, and which of them changed. */
    interface Building {
        <P> P part(Class<P> type);

        boolean hasChanged(Class<?> type);
    }
}
