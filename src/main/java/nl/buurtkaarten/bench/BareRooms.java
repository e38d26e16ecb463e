package nl.buurtkaarten.bench;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * What the bare push pages show, per room (the bare counterpart of a meeting): a number that the
 * "next" button raises for every page of the room (the counterpart of a draw), and a count of
 * answers that every page's "answer" button raises and that only the room's projector pages show.
 * Each change goes to each page in one {@link UI#access}, which pushes it: nothing more than
 * Vaadin's own way of showing one label on many screens.
 */
final class BareRooms {

    private final Map<Integer, Room> rooms = new ConcurrentHashMap<>();

    Room room(int number) {
        return rooms.computeIfAbsent(number, ignored -> new Room());
    }

    static final class Room {

        private final AtomicInteger value = new AtomicInteger();
        private final AtomicInteger answers = new AtomicInteger();
        private final Set<Follower> values = new CopyOnWriteArraySet<>();
        private final Set<Follower> answerCounts = new CopyOnWriteArraySet<>();

        int value() {
            return value.get();
        }

        int answers() {
            return answers.get();
        }

        Runnable followValue(UI ui, IntConsumer show) {
            Follower follower = new Follower(ui, show);
            values.add(follower);
            return () -> values.remove(follower);
        }

        Runnable followAnswers(UI ui, IntConsumer show) {
            Follower follower = new Follower(ui, show);
            answerCounts.add(follower);
            return () -> answerCounts.remove(follower);
        }

        void next() {
            value.incrementAndGet();
            values.forEach(follower -> follower.show(value::get));
        }

        void answer() {
            answers.incrementAndGet();
            answerCounts.forEach(follower -> follower.show(answers::get));
        }
    }

    private record Follower(UI ui, IntConsumer show) {

        /**
         * Shows the value as it is when the page's turn comes: two changes close together may reach
         * the page in either order, and the page must end with the last one.
         */
        void show(IntSupplier value) {
            ui.access(() -> show.accept(value.getAsInt()));
        }
    }
}
