package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.ParticipationService;

/**
 * Every answer to the current card on the control view, with a button each to take it off the
 * projector's wall or put it back.
 */
class AnswerModeration extends UnorderedList {

    private final ParticipationService participation;
    private final long meetingId;
    private final String owner;
    private List<Answer> listedAnswers = List.of();

    AnswerModeration(ParticipationService participation, long meetingId, String owner) {
        this.participation = participation;
        this.meetingId = meetingId;
        this.owner = owner;
        addClassName("bk-control-answers");
    }

    /**
     * The answers with a hide button each. In a burst new answers are added below the ones already
     * listed; the list is drawn again only when an answer listed changed (hidden, edited, withdrawn).
     */
    void show(List<Answer> all) {
        boolean onlyNew = !listedAnswers.isEmpty()
                && all.size() >= listedAnswers.size()
                && all.subList(0, listedAnswers.size()).equals(listedAnswers);
        List<Answer> toAdd = onlyNew ? all.subList(listedAnswers.size(), all.size()) : all;
        if (!onlyNew) {
            removeAll();
        }
        listedAnswers = List.copyOf(all);
        if (all.isEmpty()) {
            add(new ListItem(getTranslation("control.no-answers")));
            return;
        }
        for (Answer answer : toAdd) {
            ListItem item = new ListItem();
            item.addClassName("bk-control-answer");
            item.getElement().setAttribute("data-answer", String.valueOf(answer.id()));
            if (answer.hidden()) {
                item.addClassName("bk-control-answer--hidden");
            }
            String text = answer.isReaction()
                    ? getTranslation("choice." + answer.reaction().fileValue())
                    : answer.text();
            Span body = new Span(text);
            body.addClassName("bk-control-answer-text");
            Span who = new Span(
                    answer.publicName() != null
                            ? getTranslation("control.answer.named", answer.publicName())
                            : getTranslation("control.answer.anonymous"));
            who.addClassName("bk-control-answer-who");
            Button toggle = new Button(
                    getTranslation(answer.hidden() ? "control.answer.show" : "control.answer.hide"),
                    click -> Messages.attempt(
                            this, () -> participation.setHidden(meetingId, owner, answer.id(), !answer.hidden())));
            toggle.addThemeVariants(
                    ButtonVariant.SMALL, answer.hidden() ? ButtonVariant.TERTIARY : ButtonVariant.ERROR);
            toggle.addClassName("bk-hide-answer");
            item.add(body, who, toggle);
            if (answer.hidden()) {
                Span hiddenNote = new Span(getTranslation("control.answer.is-hidden"));
                hiddenNote.addClassName("bk-control-answer-hidden-note");
                item.add(hiddenNote);
            }
            add(item);
        }
    }
}
