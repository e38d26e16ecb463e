package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.ReadAloud;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.base.ui.Sentence;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.MeetingStatus;
import nl.buurtkaarten.meeting.ui.CurrentCard;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;

/**
 * The current card on a parent's phone, live: answer it, react to a statement, and see, edit or
 * withdraw one's own answers while the card is on screen. This screen follows the meeting and
 * carries out what its parts ask for: {@link AnswerForm}, {@link ReactionPictures} and {@link OwnAnswers}.
 */
class CardAnswering extends Div implements Screen {

    private final Meeting meeting;
    private final String token;
    private final long participantId;
    private final MeetingService meetings;
    private final ParticipationService participation;
    private final boolean easy = EasyMode.isOn();
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.PHONE);
    private final ReactionPictures reactions = new ReactionPictures(easy, this::react);
    private final AnswerForm answering = new AnswerForm(reactions, easy, this::send, this::renderOwn);
    private final OwnAnswers own = new OwnAnswers(easy, this::edit, this::withdraw, this::editorClosed);
    private final Paragraph closed = new Paragraph();
    private final ReadAloud readAloud = new ReadAloud(this::spoken);
    private DrawnCard current;
    private boolean open;
    /** The parent's own answers as shown, to draw them again only when they change. */
    private List<Answer> shownOwn;

    private String language;

    CardAnswering(
            Meeting meeting,
            Participant participant,
            String token,
            MeetingService meetings,
            ParticipationService participation,
            Screens screens) {
        this.meeting = meeting;
        this.token = token;
        this.participantId = participant.id();
        this.meetings = meetings;
        this.participation = participation;
        addClassName("bk-answering");

        Span title = new Span(meeting.title());
        title.addClassName("bk-phone-title");
        Span who = Sentence.of(this, "phone.you-are", participant.nickname());
        who.addClassName("bk-phone-who");
        Header header = new Header(title, who);
        header.addClassName("bk-phone-header");

        closed.addClassName("bk-info-text");
        closed.setText(getTranslation("phone.closed"));

        readAloud.setVisible(false);
        add(header, closed, card, readAloud, answering, own);
        screens.follow(this, meeting.id(), this);
    }

    /** What the phone shows of the picture: the card, whether the meeting is open, and the parent's own answers. */
    private record Shown(MeetingStatus status, DrawnCard card, Path image, List<Answer> own) {}

    @Override
    public Object shownOf(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return null;
        }
        return new Shown(
                now.meeting().status(),
                now.card(),
                now.image(),
                picture.part(AnswersNow.class).of(participantId));
    }

    @Override
    public void show(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return;
        }
        DrawnCard drawn = now.card();
        boolean cardChanged = current == null || drawn == null || drawn.id() != current.id();
        if (cardChanged || open != now.meeting().isOpen() || !Objects.equals(current, drawn)) {
            render(now);
        }
        renderOwn(picture.part(AnswersNow.class).of(participantId));
    }

    private void render(MeetingNow picture) {
        Meeting now = picture.meeting();
        language = getLocale().getLanguage();
        DrawnCard drawn = picture.card();
        boolean changed = current == null || drawn == null || drawn.id() != current.id();
        current = drawn;
        open = now.isOpen();
        shownOwn = null;
        closed.setVisible(!now.isOpen());
        CurrentCard.show(card, picture, language);
        boolean canAnswer = now.isOpen() && current != null;
        answering.setVisible(canAnswer);
        own.setVisible(current != null);
        answering.show(current, changed);
        readAloud.setVisible(easy && current != null);
    }

    /** What the read-aloud button says: the card in the language it is shown in, then the pictures' words. */
    private List<ReadAloud.Spoken> spoken() {
        if (current == null) {
            return List.of();
        }
        String shown = current.hasTextIn(language) ? language : Card.DEFAULT_LANGUAGE;
        List<ReadAloud.Spoken> parts = new ArrayList<>();
        parts.add(new ReadAloud.Spoken(current.textIn(language), shown));
        if (ReactionPictures.shownFor(current, easy)) {
            for (PictureChoice choice : current.choices()) {
                parts.add(new ReadAloud.Spoken(getTranslation("choice." + choice.fileValue()), language));
            }
        }
        return parts;
    }

    /** After the parent's own action: their answers as stored now. */
    private void renderOwn() {
        renderOwn(current == null ? List.of() : participation.ownAnswers(token, current.id()));
    }

    private void renderOwn(List<Answer> mine) {
        if (mine.equals(shownOwn)) {
            return;
        }
        shownOwn = mine;
        own.show(current != null, mine, open);
        reactions.show(current, mine);
    }

    private void react(long drawId, PictureChoice choice) {
        if (Messages.attempt(this, () -> participation.react(token, drawId, choice, false))) {
            renderOwn();
        }
    }

    private void send(long drawId, String text, boolean showName) {
        try {
            participation.answer(token, drawId, text, showName);
        } catch (UserFacingException refusal) {
            if ("answer.error.card-changed".equals(refusal.messageKey())) {
                // The parent's own action found the card changed before the live picture came: look now.
                Meeting fresh = meetings.find(meeting.id()).orElse(meeting);
                DrawnCard drawn = meetings.currentCard(meeting.id()).orElse(null);
                render(new MeetingNow(
                        fresh,
                        drawn,
                        drawn == null ? null : meetings.imageOf(drawn).orElse(null),
                        CardTags.NONE,
                        null));
                renderOwn();
            }
            throw refusal;
        }
    }

    private void edit(Answer answer, String text, boolean showName) {
        participation.edit(token, answer.id(), text, showName);
    }

    private void withdraw(Answer answer) {
        if (Messages.attempt(this, () -> participation.withdraw(token, answer.id()))) {
            renderOwn();
        }
    }

    /** The parent saved or cancelled a change: their answers drawn afresh, without the editor. */
    private void editorClosed() {
        shownOwn = null;
        renderOwn();
    }
}
