package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.ConnectionWatch;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.participation.ParticipationService;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * How a parent answers the card on screen: the pictures to tap, and (unless in the low-literacy
 * mode) the text field, whether to show their name, and the send button. The answering screen sends
 * the text; the form keeps it on any refusal or failure and says why in the field.
 */
class AnswerForm extends Div {

    /** Sends a text answer to this draw of a card; a refusal comes as a {@link UserFacingException}. */
    @FunctionalInterface
    interface Sending {
        void send(long drawId, String text, boolean showName);
    }

    private final ReactionPictures reactions;
    private final boolean easy;
    private final Sending sending;
    private final Runnable sent;
    private final TextArea answer = new TextArea();
    private final Checkbox showName = new Checkbox();
    private final Button send = new Button();
    private final Paragraph anonymous = new Paragraph();
    private DrawnCard card;

    AnswerForm(ReactionPictures reactions, boolean easy, Sending sending, Runnable sent) {
        this.reactions = reactions;
        this.easy = easy;
        this.sending = sending;
        this.sent = sent;
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
        addClassName("bk-answer-form");
        add(reactions, answer, showName, anonymous, send);
    }

    /** Fits the form to the card on screen; {@code changed}: another card than before, so a text being typed was for that one. */
    void show(DrawnCard drawn, boolean changed) {
        card = drawn;
        if (changed && !answer.getValue().isBlank()) {
            // The parent was typing when the facilitator moved on: keep the text, and say so.
            answer.setErrorMessage(getTranslation("answer.error.card-changed"));
            answer.setInvalid(true);
        }
        if (card != null) {
            boolean statement = card.kind() == CardKind.STATEMENT;
            answer.setLabel(getTranslation(statement ? "phone.answer.label-statement" : "phone.answer.label"));
            reactions.setVisible(ReactionPictures.shownFor(card, easy));
            // Low-literacy mode: every card is answered by tapping a picture, no typing.
            boolean typing = !easy;
            answer.setVisible(typing);
            showName.setVisible(typing);
            anonymous.setVisible(typing);
            send.setVisible(typing);
        }
        LengthLimit.refresh(answer, ParticipationService.MAX_ANSWER, "answer.error.too-long");
    }

    private void sendAnswer() {
        if (card == null) {
            return;
        }
        try {
            sending.send(card.id(), answer.getValue(), showName.getValue());
        } catch (UserFacingException refusal) {
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
        sent.run();
        Messages.done(this, "phone.answer.sent");
    }
}
