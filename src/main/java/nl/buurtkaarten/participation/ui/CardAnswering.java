package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.ConnectionWatch;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingStatus;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.ui.CurrentCard;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.cards.PictureChoice;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The current card on a parent's phone, live: answer it, react to a statement, and see, edit or
 * withdraw one's own answers while the card is on screen.
 */
class CardAnswering extends Div implements Screen {

    private final Meeting meeting;
    private final String token;
    private final long participantId;
    private final MeetingService meetings;
    private final ParticipationService participation;
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.PHONE);
    private final Div answering = new Div();
    private final Div reactions = new Div();
    private final TextArea answer = new TextArea();
    private final Checkbox showName = new Checkbox();
    private final Button send = new Button();
    private final Section own = new Section();
    private final UnorderedList ownList = new UnorderedList();
    private final Paragraph closed = new Paragraph();
    private final Paragraph anonymous = new Paragraph();
    private final boolean easy = EasyMode.isOn();
    private final nl.buurtkaarten.base.ui.ReadAloud readAloud = new nl.buurtkaarten.base.ui.ReadAloud(this::spoken);
    private DrawnCard current;
    private boolean open;
    /** The parent's own answers as shown, to draw them again only when they change. */
    private List<Answer> shownOwn;
    private String language;
    /** The answer the parent is changing, and its open editor: kept while the screen redraws around it. */
    private Long editingId;
    private ListItem editingItem;

    CardAnswering(Meeting meeting, Participant participant, String token, MeetingService meetings,
            ParticipationService participation, Screens screens) {
        this.meeting = meeting;
        this.token = token;
        this.participantId = participant.id();
        this.meetings = meetings;
        this.participation = participation;
        addClassName("bk-answering");

        Span title = new Span(meeting.title());
        title.addClassName("bk-phone-title");
        Span who = nl.buurtkaarten.base.ui.Sentence.of(this, "phone.you-are", participant.nickname());
        who.addClassName("bk-phone-who");
        Header header = new Header(title, who);
        header.addClassName("bk-phone-header");

        reactions.addClassName("bk-reactions");
        answer.setLabel(getTranslation("phone.answer.label"));
        LengthLimit.apply(answer, ParticipationService.MAX_ANSWER, "answer.error.too-long");
        // What the parent types survives a lost connection and the reload after a restart of the app.
        ConnectionWatch.keepDraft(answer, "answer");
        answer.setWidthFull();
        answer.addClassName("bk-answer-field");
        showName.setLabel(getTranslation("phone.answer.show-name"));
        showName.addClassName("bk-show-name");
        send.setText(getTranslation("phone.answer.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassNames("bk-big-button", "bk-send");
        // A double tap sends once: the button is off until the server has answered the first tap.
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            try {
                sendAnswer();
            } finally {
                send.setEnabled(true);
            }
        });
        anonymous.setText(getTranslation("phone.answer.anonymous-note"));
        anonymous.addClassName("bk-small-note");
        answering.addClassName("bk-answer-form");
        answering.add(reactions, answer, showName, anonymous, send);

        own.addClassName("bk-own-answers");
        own.add(new H2(getTranslation("phone.own.title")), ownList);
        closed.addClassName("bk-info-text");
        closed.setText(getTranslation("phone.closed"));

        readAloud.setVisible(false);
        add(header, closed, card, readAloud, answering, own);
        screens.follow(this, meeting.id(), this);
    }

    /** What the phone shows of the picture: the card, whether the meeting is open, and the parent's own answers. */
    private record Shown(MeetingStatus status, DrawnCard card, java.nio.file.Path image, List<Answer> own) {}

    @Override
    public Object shownOf(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return null;
        }
        return new Shown(now.meeting().status(), now.card(), now.image(), picture.part(AnswersNow.class).of(participantId));
    }

    @Override
    public void show(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return;
        }
        DrawnCard drawn = now.card();
        boolean cardChanged = current == null || drawn == null || drawn.id() != current.id();
        if (cardChanged || open != now.meeting().isOpen() || !java.util.Objects.equals(current, drawn)) {
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
        if (changed && !answer.getValue().isBlank()) {
            // The parent was typing when the facilitator moved on: keep the text, and say so.
            answer.setErrorMessage(getTranslation("answer.error.card-changed"));
            answer.setInvalid(true);
        }
        if (current != null) {
            boolean statement = current.kind() == CardKind.STATEMENT;
            answer.setLabel(getTranslation(statement ? "phone.answer.label-statement" : "phone.answer.label"));
            reactions.setVisible(picturesShown());
            // Low-literacy mode: every card is answered by tapping a picture, no typing.
            boolean typing = !easy;
            answer.setVisible(typing);
            showName.setVisible(typing);
            anonymous.setVisible(typing);
            send.setVisible(typing);
        }
        readAloud.setVisible(easy && current != null);
        updateCounter();
    }

    /** Pictures to tap: a statement's reactions for everyone, and every card's choices in the low-literacy mode. */
    private boolean picturesShown() {
        return current != null && (easy || current.kind() == CardKind.STATEMENT);
    }

    private void renderReactions(List<Answer> mine) {
        reactions.removeAll();
        if (!picturesShown()) {
            return;
        }
        PictureChoice chosen = mine.stream().filter(Answer::isReaction).map(Answer::reaction).findFirst().orElse(null);
        reactions.getElement().setAttribute("role", "group");
        reactions.getElement().setAttribute("aria-label", getTranslation(current.kind() == CardKind.STATEMENT ? "phone.reaction.label" : "phone.pictures.label"));
        for (PictureChoice choice : current.choices()) {
            String word = getTranslation("choice." + choice.fileValue());
            boolean selected = choice == chosen;
            com.vaadin.flow.component.ClickNotifier<?> clickable;
            com.vaadin.flow.component.Component button;
            if (easy) {
                nl.buurtkaarten.base.ui.PictureButton picture = new nl.buurtkaarten.base.ui.PictureButton(ChoicePictures.of(choice), word);
                picture.setPressed(selected);
                clickable = picture;
                button = picture;
            } else {
                Button plain = new Button(word, ChoicePictures.of(choice));
                plain.getElement().setAttribute("aria-pressed", String.valueOf(selected));
                if (selected) {
                    plain.addThemeVariants(ButtonVariant.PRIMARY);
                }
                clickable = plain;
                button = plain;
            }
            button.addClassNames("bk-reaction", "bk-reaction--" + choice.fileValue());
            clickable.addClickListener(click -> {
                long drawId = current.id();
                if (Messages.attempt(this, () -> participation.react(token, drawId, selected ? null : choice, false))) {
                    renderOwn();
                }
            });
            reactions.add(button);
        }
    }

    /** What the read-aloud button says: the card in the language it is shown in, then the pictures' words. */
    private List<nl.buurtkaarten.base.ui.ReadAloud.Spoken> spoken() {
        if (current == null) {
            return List.of();
        }
        String shown = current.hasTextIn(language) ? language : nl.buurtkaarten.cards.Card.DEFAULT_LANGUAGE;
        List<nl.buurtkaarten.base.ui.ReadAloud.Spoken> parts = new java.util.ArrayList<>();
        parts.add(new nl.buurtkaarten.base.ui.ReadAloud.Spoken(current.textIn(language), shown));
        if (picturesShown()) {
            for (PictureChoice choice : current.choices()) {
                parts.add(new nl.buurtkaarten.base.ui.ReadAloud.Spoken(getTranslation("choice." + choice.fileValue()), language));
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
        ownList.removeAll();
        if (current == null) {
            reactions.removeAll();
            return;
        }
        renderReactions(mine);
        List<Answer> texts = mine.stream().filter(a -> !a.isReaction()).toList();
        if (texts.isEmpty()) {
            // Say what the parent did: a picture chosen is an answer too, and in the low-literacy mode nobody writes.
            ListItem none = mine.stream().filter(Answer::isReaction).findFirst()
                    .map(chosen -> new ListItem(getTranslation("phone.own.chosen", getTranslation("choice." + chosen.reaction().fileValue()))))
                    .orElseGet(() -> new ListItem(getTranslation(easy ? "phone.own.none-easy" : "phone.own.none")));
            none.addClassName("bk-own-none");
            ownList.add(none);
            return;
        }
        boolean stillEditing = false;
        for (Answer given : texts) {
            if (open && editingItem != null && editingId == given.id()) {
                // An event (the parent's own answer arriving, the facilitator hiding answers) must not close the editor.
                ownList.add(editingItem);
                stillEditing = true;
            } else {
                ownList.add(ownItem(given, open));
            }
        }
        if (!stillEditing) {
            editingId = null;
            editingItem = null;
        }
    }

    private ListItem ownItem(Answer given, boolean open) {
        ListItem item = new ListItem();
        item.addClassName("bk-own-answer");
        Paragraph text = new Paragraph(given.text());
        text.addClassName("bk-own-text");
        text.getElement().setAttribute("dir", "auto");
        Span how = new Span(getTranslation(given.showName() ? "phone.own.with-name" : "phone.own.without-name"));
        how.addClassName("bk-own-how");
        item.add(text, how);
        if (given.hidden()) {
            Span hidden = new Span(getTranslation("phone.own.hidden"));
            hidden.addClassName("bk-own-hidden");
            item.add(hidden);
        }
        if (open) {
            Button edit = new Button(getTranslation("phone.own.edit"), click -> startEditing(item, given));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button withdraw = new Button(getTranslation("phone.own.withdraw"), click -> {
                if (Messages.attempt(this, () -> participation.withdraw(token, given.id()))) {
                    renderOwn();
                }
            });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Div actions = new Div(edit, withdraw);
            actions.addClassName("bk-own-actions");
            item.add(actions);
        }
        return item;
    }

    private void startEditing(ListItem item, Answer given) {
        editingId = given.id();
        editingItem = item;
        item.removeAll();
        TextArea editor = new TextArea(getTranslation("phone.own.edit-label"));
        editor.setValue(given.text());
        editor.setWidthFull();
        LengthLimit.apply(editor, ParticipationService.MAX_ANSWER, "answer.error.too-long");
        Checkbox name = new Checkbox(getTranslation("phone.answer.show-name"), given.showName());
        Button save = new Button(getTranslation("phone.own.save"), click -> {
            try {
                participation.edit(token, given.id(), editor.getValue(), name.getValue());
                stopEditing();
                renderOwn();
            } catch (UserFacingException refusal) {
                editor.setErrorMessage(Messages.text(this, refusal));
                editor.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> {
            stopEditing();
            renderOwn();
        });
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(save, cancel);
        actions.addClassName("bk-own-actions");
        item.add(editor, name, actions);
        editor.focus();
    }

    private void stopEditing() {
        editingId = null;
        editingItem = null;
        shownOwn = null;
    }

    private void sendAnswer() {
        if (current == null) {
            return;
        }
        try {
            participation.answer(token, current.id(), answer.getValue(), showName.getValue());
        } catch (UserFacingException refusal) {
            if ("answer.error.card-changed".equals(refusal.messageKey())) {
                // The parent's own action found the card changed before the live picture came: look now.
                Meeting fresh = meetings.find(meeting.id()).orElse(meeting);
                DrawnCard drawn = meetings.currentCard(meeting.id()).orElse(null);
                render(new MeetingNow(fresh, drawn, drawn == null ? null : meetings.imageOf(drawn).orElse(null),
                        nl.buurtkaarten.cards.CardTags.NONE, null));
                renderOwn();
            }
            answer.setErrorMessage(Messages.text(this, refusal));
            answer.setInvalid(true);
            return;
        } catch (DataAccessException | TransactionException failure) {
            // Not saved (the database too busy, a time-out): the text stays in the field to send again.
            answer.setErrorMessage(Messages.failed(this, failure, "answer.error.not-saved"));
            answer.setInvalid(true);
            return;
        }
        ConnectionWatch.forgetDraft(answer, "answer");
        answer.clear();
        answer.setInvalid(false);
        answer.setErrorMessage(null);
        renderOwn();
        Messages.done(this, "phone.answer.sent");
    }

    private void updateCounter() {
        LengthLimit.refresh(answer, ParticipationService.MAX_ANSWER, "answer.error.too-long");
    }
}
