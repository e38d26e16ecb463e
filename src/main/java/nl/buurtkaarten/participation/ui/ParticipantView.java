package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.JoinThrottle;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.participation.Recognised;
import nl.buurtkaarten.security.Sessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;

/**
 * The parent's phone, at the address in the QR code. Shows the join form the first time, and from
 * then on (recognised by the HttpOnly cookie) the current card to answer.
 */
@Route(value = "join/:code", autoLayout = false)
@AnonymousAllowed
// The app shell names the parents' pages so that their components load with the first page
// (@LoadDependenciesOnStartup).
@NamedInterface("ui")
public class ParticipantView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final Screens screens;
    private final ObjectProvider<PhonePanel> panels;
    private final JoinThrottle throttle;
    private Meeting meeting;
    private Long me;

    public ParticipantView(
            MeetingService meetings,
            ParticipationService participation,
            Screens screens,
            ObjectProvider<PhonePanel> panels,
            JoinThrottle throttle) {
        this.throttle = throttle;
        this.meetings = meetings;
        this.participation = participation;
        this.screens = screens;
        this.panels = panels;
        addClassNames("bk-phone-page", "bk-participant");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), ParentLanguage.current());
        getElement().getClassList().set("bk-easy", EasyMode.isOn());
        removeAll();
        add(ParentLanguage.bar());
        String code = event.getRouteParameters().get("code").orElse("");
        String client = CodeForm.client();
        try {
            throttle.check(client);
        } catch (UserFacingException refusal) {
            showRefused(Messages.text(this, refusal));
            return;
        }
        meeting = meetings.findByJoinCode(code).orElse(null);
        if (meeting == null) {
            throttle.failed(client);
            showUnknownCode();
            return;
        }
        Optional<Recognised> recognised = participation.recognise(
                meeting.id(),
                ParticipantCookie.read(meeting.joinCode()).orElse(null),
                ParticipantCookie.others(meeting.joinCode()));
        // A follow-up meeting: the phone still held the token of the meeting before, and keeps it for this one too.
        recognised
                .filter(Recognised::fromOtherMeeting)
                .ifPresent(parent -> ParticipantCookie.write(meeting.joinCode(), parent.token()));
        if (recognised.isPresent()) {
            showCard(recognised.get().participant(), recognised.get().token());
        } else if (!meeting.isOpen()) {
            showClosed();
        } else if (meeting.locked()) {
            showRefused(getTranslation("join.error.locked"));
        } else {
            add(new JoinForm(meeting, participation, this::joined));
        }
    }

    private void joined(Joined joined) {
        ParticipantCookie.write(meeting.joinCode(), joined.token());
        removeAll();
        add(ParentLanguage.bar());
        showCard(joined.participant(), joined.token());
    }

    private void showCard(Participant participant, String token) {
        Sessions.keepForTheMeeting();
        me = participant.id();
        add(new CardAnswering(meeting, participant, token, meetings, participation, screens));
        panels.orderedStream().forEach(panel -> add(panel.create(meeting, participant, token)));
        Section forget = forgetMe(token);
        add(forget);
        // Removed by the facilitator, or deleted in another tab: this phone says so at once.
        // A picture from just before this parent joined does not know them yet: only a parent once
        // seen in the picture and then missing from it has left.
        long mine = participant.id();
        boolean[] seen = {false};
        screens.follow(forget, meeting.id(), new Screen() {
            @Override
            public Object shownOf(MeetingPicture picture) {
                return picture.part(MeetingNow.class).isGone()
                        ? Presence.MEETING_GONE
                        : picture.part(Participants.class).includes(mine) ? Presence.PRESENT : Presence.ABSENT;
            }

            @Override
            public void show(MeetingPicture picture) {
                Presence presence = (Presence) shownOf(picture);
                seen[0] |= presence == Presence.PRESENT;
                if ((presence == Presence.MEETING_GONE || presence == Presence.ABSENT && seen[0])
                        && me != null
                        && me == mine) {
                    showGone("forget.gone");
                }
            }
        });
    }

    private enum Presence {
        PRESENT,
        ABSENT,
        MEETING_GONE
    }

    /** A parent can delete everything of theirs at any time, and it leaves every screen at once. */
    private Section forgetMe(String token) {
        Button forget = new Button(getTranslation("forget.button"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("forget.title"));
            dialog.setText(getTranslation("forget.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("forget.confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                if (Messages.attempt(this, () -> participation.forget(meeting.id(), token))) {
                    ParticipantCookie.clear(meeting.joinCode());
                    showGone("forget.done");
                }
            });
            dialog.open();
        });
        forget.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        forget.addClassName("bk-forget");
        Section section = new Section(new Paragraph(getTranslation("forget.explain")), forget);
        section.addClassName("bk-forget-section");
        return section;
    }

    private void showGone(String key) {
        removeAll();
        add(ParentLanguage.bar());
        me = null;
        Paragraph done = new Paragraph(getTranslation(key));
        done.addClassName("bk-info-text");
        add(new H1(meeting.title()), done);
    }

    private void showRefused(String text) {
        Paragraph message = new Paragraph(text);
        message.addClassName("bk-error-text");
        add(new H1(getTranslation("join.title")), message);
    }

    private void showUnknownCode() {
        Paragraph message = new Paragraph(getTranslation("join.error.unknown-code"));
        message.addClassName("bk-error-text");
        CodeForm form = new CodeForm(meetings, throttle);
        add(new H1(getTranslation("join.title")), message, form);
    }

    private void showClosed() {
        Paragraph message = new Paragraph(getTranslation("join.error.closed"));
        message.addClassName("bk-info-text");
        add(new H1(meeting.title()), message);
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("join.title") : meeting.title()) + " · " + getTranslation("app.name");
    }
}
