package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** What the wall shows when its notes can be changed in place: the card, its tally, the count and the notes. */
    private DrawnCard notesCard;

    private List<Answer> notesReactions;
    private Paragraph count;
    private Div notes;
    /** The note of each answer on the wall, top to bottom, with the answer as it was drawn. */
    private final List<Note> shownNotes = new ArrayList<>();

    private record Note(Answer answer, Div note) {}

    void show(DrawnCard card, List<Answer> answers, boolean visible) {
        List<Answer> texts =
                answers.stream().filter(answer -> !answer.isReaction()).toList();
        List<Answer> reactions = answers.stream().filter(Answer::isReaction).toList();
        if (visible
                && card != null
                && !texts.isEmpty()
                && notes != null
                && card.equals(notesCard)
                && reactions.equals(notesReactions)
                && changeNotesInPlace(texts)) {
            return;
        }
        notesCard = null;
        notesReactions = null;
        count = null;
        notes = null;
        shownNotes.clear();
        removeAll();
        if (card == null) {
            return;
        }
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
        count = new Paragraph(countText(texts));
        count.addClassName("bk-answers-count");
        add(count);
        notes = new Div();
        notes.addClassName("bk-answer-notes");
        for (Answer answer : newestShown(texts)) {
            Div note = note(answer);
            shownNotes.add(new Note(answer, note));
            notes.add(note);
        }
        add(notes);
        notesCard = card;
        notesReactions = reactions;
    }

    /**
     * In a burst the wall keeps the notes it has: answers that came in are added at their place,
     * those that fell off the bottom (or were changed, withdrawn or hidden) are taken away, and the
     * count's words change. The wall then shows exactly what drawing it afresh would, without
     * building and sending its other notes again. False when the notes moved otherwise: then the
     * wall is drawn afresh.
     */
    private boolean changeNotesInPlace(List<Answer> texts) {
        List<Answer> wanted = newestShown(texts);
        Set<Answer> kept = new HashSet<>(wanted);
        for (Iterator<Note> shown = shownNotes.iterator(); shown.hasNext(); ) {
            Note note = shown.next();
            if (!kept.contains(note.answer())) {
                notes.remove(note.note());
                shown.remove();
            }
        }
        Set<Answer> onTheWall = new HashSet<>();
        shownNotes.forEach(note -> onTheWall.add(note.answer()));
        for (int i = 0; i < wanted.size(); i++) {
            Answer answer = wanted.get(i);
            if (i < shownNotes.size() && shownNotes.get(i).answer().equals(answer)) {
                continue;
            }
            if (onTheWall.contains(answer)) {
                // A note would have to move: not what happens when answers come in; draw afresh.
                return false;
            }
            Div note = note(answer);
            shownNotes.add(i, new Note(answer, note));
            notes.addComponentAtIndex(i, note);
        }
        if (shownNotes.size() != wanted.size()) {
            return false;
        }
        count.setText(countText(texts));
        return true;
    }

    private String countText(List<Answer> texts) {
        return getTranslation("projector.answers.count", texts.size());
    }

    /**
     * Newest first: when more notes come in than the screen holds, the oldest fall off the bottom,
     * never the one a parent just sent.
     */
    private static List<Answer> newestShown(List<Answer> texts) {
        int from = Math.max(0, texts.size() - MAX_SHOWN);
        return texts.subList(from, texts.size()).reversed();
    }

    private Div note(Answer answer) {
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
        return note;
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
