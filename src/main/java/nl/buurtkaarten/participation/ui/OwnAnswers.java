package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.ChangingText;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.ParticipationService;

/**
 * The parent's own answers to the card on screen: what they wrote and whether with their name, or
 * the picture they chose. While the meeting is open each written answer can be changed in place or
 * withdrawn; the answering screen carries that out and draws the answers again.
 */
class OwnAnswers extends Section {

    /** Saves the parent's changed answer; a refusal comes as a {@link UserFacingException}. */
    @FunctionalInterface
    interface Editing {
        void edit(Answer answer, String text, boolean showName);
    }

    private final UnorderedList list = new UnorderedList();
    /** "Nothing written yet" (or the picture chosen), kept from card to card so a draw does not rebuild it. */
    private final ChangingText noneWords = new ChangingText();

    private final ListItem none = new ListItem(noneWords);

    private final boolean easy;
    private final Editing editing;
    private final Consumer<Answer> withdrawing;
    private final Runnable editorClosed;
    /** The answer the parent is changing, and its open editor: kept while the screen redraws around it. */
    private Long editingId;

    private ListItem editingItem;

    OwnAnswers(boolean easy, Editing editing, Consumer<Answer> withdrawing, Runnable editorClosed) {
        this.easy = easy;
        this.editing = editing;
        this.withdrawing = withdrawing;
        this.editorClosed = editorClosed;
        addClassName("bk-own-answers");
        none.addClassName("bk-own-none");
        add(new H2(getTranslation("phone.own.title")), list);
    }

    /** Draws the parent's answers to the card, none without a card; an open editor stays open while the meeting is. */
    void show(boolean card, List<Answer> mine, boolean open) {
        if (!card) {
            list.removeAll();
            return;
        }
        List<Answer> texts = mine.stream().filter(a -> !a.isReaction()).toList();
        if (texts.isEmpty()) {
            // Say what the parent did: a picture chosen is an answer too, and in the low-literacy mode nobody writes.
            // The line stays in place from card to card; only its words change when they must.
            noneWords.change(mine.stream()
                    .filter(Answer::isReaction)
                    .findFirst()
                    .map(chosen -> getTranslation(
                            "phone.own.chosen",
                            getTranslation("choice." + chosen.reaction().fileValue())))
                    .orElseGet(() -> getTranslation(easy ? "phone.own.none-easy" : "phone.own.none")));
            if (list.getComponentCount() != 1 || list.getComponentAt(0) != none) {
                list.removeAll();
                list.add(none);
            }
            return;
        }
        list.removeAll();
        boolean stillEditing = false;
        for (Answer given : texts) {
            if (open && editingItem != null && editingId == given.id()) {
                // An event (the parent's own answer arriving, the facilitator hiding answers) must not close the
                // editor.
                list.add(editingItem);
                stillEditing = true;
            } else {
                list.add(ownItem(given, open));
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
            Button withdraw = new Button(getTranslation("phone.own.withdraw"), click -> withdrawing.accept(given));
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
                editing.edit(given, editor.getValue(), name.getValue());
                closeEditor();
            } catch (UserFacingException refusal) {
                editor.setErrorMessage(Messages.text(this, refusal));
                editor.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> closeEditor());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(save, cancel);
        actions.addClassName("bk-own-actions");
        item.add(editor, name, actions);
        editor.focus();
    }

    private void closeEditor() {
        editingId = null;
        editingItem = null;
        editorClosed.run();
    }
}
