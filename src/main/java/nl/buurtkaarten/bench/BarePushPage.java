package nl.buurtkaarten.bench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * The smallest Vaadin push page: one label that the room's "next" button changes on every page of
 * the room, an "answer" button, and, on a page opened with {@code ?projector}, the count of
 * answers. {@code ?room=3} picks a room (default 0). No route annotation: it is registered by
 * {@link BarePushPageConfiguration} only when {@code buurtkaarten.bare-push-page=true}.
 */
@AnonymousAllowed
public class BarePushPage extends Div implements BeforeEnterObserver {

    private final BareRooms rooms;
    private final Span value = new Span();
    private final Span answers = new Span();
    private final NativeButton next = new NativeButton("next");
    private final NativeButton answer = new NativeButton("answer");
    private BareRooms.Room room;
    private boolean projector;
    private Runnable stopValue = () -> {};
    private Runnable stopAnswers = () -> {};

    public BarePushPage(BareRooms rooms) {
        this.rooms = rooms;
        value.addClassName("bk-bare-value");
        answers.addClassName("bk-bare-answers");
        next.addClassName("bk-bare-next");
        answer.addClassName("bk-bare-answer");
        next.addClickListener(click -> room.next());
        answer.addClickListener(click -> room.answer());
        add(value, answers, next, answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        int number;
        try {
            number = Integer.parseInt(query.getOrDefault("room", List.of("0")).getFirst());
        } catch (NumberFormatException e) {
            number = 0;
        }
        room = rooms.room(number);
        projector = query.containsKey("projector");
        value.setText(String.valueOf(room.value()));
        answers.setText(String.valueOf(room.answers()));
        answers.setVisible(projector);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        stopValue = room.followValue(attach.getUI(), shown -> value.setText(String.valueOf(shown)));
        value.setText(String.valueOf(room.value()));
        if (projector) {
            stopAnswers = room.followAnswers(attach.getUI(), shown -> answers.setText(String.valueOf(shown)));
            answers.setText(String.valueOf(room.answers()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopValue.run();
        stopAnswers.run();
    }
}
