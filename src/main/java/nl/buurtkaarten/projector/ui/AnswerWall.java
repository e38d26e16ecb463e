package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.participation.Answer;

/**
 * The answers to the current card on the projector: reactions as counted bars, texts as notes.
 * Anonymous unless the parent chose to show their name; hidden answers never reach it.
 */
class AnswerWall extends Div {

    static final int MAX_SHOWN = 12;

    private final LongConsumer hide;

    /** @param hide takes an answer off the screen at once, by its id */
    AnswerWall(LongConsumer hide) {
        this.hide = hide;
        addClassName("bk-answer-wall");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(DrawnCard card, List<Answer> answers, boolean visible) {
        removeAll();
        if (card == null) {
            return;
        }
        List<Answer> texts =
                answers.stream().filter(answer -> !answer.isReaction()).toList();
        List<Answer> reactions = answers.stream().filter(Answer::isReaction).toList();
        if (!visible) {
            Paragraph hidden = new Paragraph(getTranslation("projector.answers.hidden", answers.size()));
            hidden.addClassName("bk-answers-hidden");
            add(hidden);
            return;
        }
        // A statement always shows its tally; another card shows one once parents tapped pictures (low-literacy mode).
        if (card.kind() == CardKind.STATEMENT || !reactions.isEmpty()) {
            add(reactionBars(card, reactions));
        }
        if (texts.isEmpty()) {
            if (reactions.isEmpty()) {
                Paragraph empty = new Paragraph(getTranslation("projector.answers.none"));
                empty.addClassName("bk-answers-empty");
                add(empty);
            }
            return;
        }
        Paragraph count = new Paragraph(getTranslation("projector.answers.count", texts.size()));
        count.addClassName("bk-answers-count");
        add(count);
        Div notes = new Div();
        notes.addClassName("bk-answer-notes");
        int from = Math.max(0, texts.size() - MAX_SHOWN);
        // Newest first: when more notes come in than the screen holds, the oldest fall off the
        // bottom, never the one a parent just sent.
        for (Answer answer : texts.subList(from, texts.size()).reversed()) {
            Div note = new Div();
            note.addClassName("bk-answer-note");
            note.getElement().setAttribute("data-answer", String.valueOf(answer.id()));
            Paragraph text = new Paragraph(answer.text());
            text.addClassName("bk-answer-text");
            text.getElement().setAttribute("dir", "auto");
            note.add(text);
            if (answer.publicName() != null) {
                Span name = new Span(answer.publicName());
                name.addClassName("bk-answer-name");
                note.add(name);
            }
            Button hideButton = new Button(VaadinIcon.EYE_SLASH.create(), click -> hide.accept(answer.id()));
            hideButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            hideButton.addClassName("bk-answer-hide");
            hideButton.setAriaLabel(getTranslation("projector.answers.hide-one"));
            hideButton.setTooltipText(getTranslation("projector.answers.hide-one"));
            note.add(hideButton);
            notes.add(note);
        }
        add(notes);
    }

    private Div reactionBars(DrawnCard card, List<Answer> reactions) {
        Map<PictureChoice, Integer> counts = new EnumMap<>(PictureChoice.class);
        card.choices().forEach(choice -> counts.put(choice, 0));
        reactions.forEach(answer -> counts.merge(answer.reaction(), 1, Integer::sum));
        int total = Math.max(1, reactions.size());
        Div bars = new Div();
        bars.addClassName("bk-reaction-bars");
        for (Map.Entry<PictureChoice, Integer> entry : counts.entrySet()) {
            PictureChoice choice = entry.getKey();
            Div row = new Div();
            row.addClassName("bk-reaction-row");
            Span label = new Span(getTranslation("choice." + choice.fileValue()));
            label.addClassName("bk-reaction-label");
            Div track = new Div();
            track.addClassName("bk-reaction-track");
            Div fill = new Div();
            fill.addClassNames("bk-reaction-fill", "bk-reaction-fill--" + choice.fileValue());
            fill.getStyle().set("width", (100 * entry.getValue() / total) + "%");
            track.add(fill);
            Span count = new Span(String.valueOf(entry.getValue()));
            count.addClassName("bk-reaction-count");
            row.add(label, track, count);
            bars.add(row);
        }
        return bars;
    }
}
