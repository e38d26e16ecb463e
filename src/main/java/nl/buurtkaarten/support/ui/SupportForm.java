package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.ReadAloud;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.participation.ui.EasyMode;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.SlotChoice;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;

/**
 * The form to offer help or ask for it, new or to change one of the parent's items: a topic tapped,
 * and if they like the kind of support, when, where and a note. The panel saves what is filled in;
 * the form closes after saving or cancelling and says so.
 */
class SupportForm extends Div {

    /** Saves a new item ({@code existing} null) or a change; a refusal comes as a {@link UserFacingException}. */
    @FunctionalInterface
    interface Saving {
        void save(SupportItem existing, SupportDraft draft);
    }

    private final Saving saving;
    private final Runnable closed;

    SupportForm(Saving saving, Runnable closed) {
        this.saving = saving;
        this.closed = closed;
        addClassName("bk-support-form");
        setVisible(false);
    }

    /** Shows the form for a new offer or request, or filled in with {@code existing}; areas are the meeting's list. */
    void open(Direction direction, SupportItem existing, List<String> areaNames) {
        removeAll();
        setVisible(true);
        H3 title = new H3(getTranslation(direction == Direction.OFFER ? "support.form.offer" : "support.form.request"));
        TextField other = field(
                "support.form.other",
                existing == null ? null : existing.otherTopic(),
                SupportService.MAX_OTHER_TOPIC,
                "support.error.other-topic-too-long");
        Select<SupportKind> kind = kind(existing);
        TopicPicker topics = new TopicPicker(existing == null ? null : existing.topic(), topic -> {
            other.setVisible(topic == Topic.OTHER);
            kind.setValue(topic.defaultKind());
        });
        other.setVisible(topics.chosen() == Topic.OTHER);

        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("support.form.days"));
        days.setItems(SlotChoice.DAYS);
        days.setItemLabelGenerator(day -> getTranslation(SlotChoice.dayKey(day)));
        days.addClassName("bk-days");
        CheckboxGroup<PartOfDay> parts = new CheckboxGroup<>(getTranslation("support.form.parts"));
        parts.setItems(SlotChoice.PARTS);
        parts.setItemLabelGenerator(part -> getTranslation(part.messageKey()));
        if (existing != null) {
            SlotChoice chosen = SlotChoice.of(existing.when());
            days.setValue(chosen.days());
            parts.setValue(chosen.parts());
        }
        Paragraph whenHelp = new Paragraph(getTranslation("support.form.when-help"));
        whenHelp.addClassName("bk-small-note");
        Select<String> area = area(areaNames, existing);
        TextField note = field(
                "support.form.note",
                existing == null ? null : existing.note(),
                SupportService.MAX_NOTE,
                "support.error.note-too-long");

        Paragraph error = new Paragraph();
        error.addClassName("bk-error-text");
        error.setVisible(false);
        Button save = new Button(getTranslation(existing == null ? "support.form.save" : "phone.own.save"), click -> {
            if (topics.chosen() == null) {
                error.setText(getTranslation("support.error.topic"));
                error.setVisible(true);
                return;
            }
            SupportDraft draft = new SupportDraft(
                    direction,
                    kind.getValue(),
                    topics.chosen(),
                    other.getValue(),
                    new SlotChoice(days.getValue(), parts.getValue()).slots(),
                    area.getValue(),
                    note.getValue());
            try {
                saving.save(existing, draft);
                close();
                Messages.done(this, direction == Direction.OFFER ? "support.saved.offer" : "support.saved.request");
            } catch (UserFacingException refusal) {
                error.setText(Messages.text(this, refusal));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassNames("bk-big-button", "bk-support-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        save.setIcon(SupportPanel.pictogram(PhoneIcon.CHECK));
        Paragraph tapTopic = new Paragraph(getTranslation("support.form.topic"));
        add(title, tapTopic, topics, other, kind, days, parts, whenHelp, area, note, error, save, cancel);
        if (EasyMode.isOn()) {
            simplify(title, topics, parts, other, kind, days, parts, whenHelp, area, note);
        }
    }

    private TextField field(String labelKey, String value, int max, String tooLongKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        LengthLimit.apply(field, max, tooLongKey);
        return field;
    }

    private Select<SupportKind> kind(SupportItem existing) {
        Select<SupportKind> kind = new Select<>();
        kind.setLabel(getTranslation("support.form.kind"));
        kind.setItems(SupportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("support." + value.fileValue()));
        kind.setRenderer(new ComponentRenderer<>(value -> new Span(
                CardDisplay.supportIcon(value), new Span(" " + getTranslation("support." + value.fileValue())))));
        kind.setValue(existing == null ? null : existing.kind());
        return kind;
    }

    private Select<String> area(List<String> areaNames, SupportItem existing) {
        Select<String> area = new Select<>();
        area.setLabel(getTranslation("support.form.area"));
        area.setItems(areaNames);
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("support.form.area-any"));
        area.setVisible(!areaNames.isEmpty());
        if (existing != null && existing.area() != null && areaNames.contains(existing.area())) {
            area.setValue(existing.area());
        }
        return area;
    }

    /**
     * Low-literacy mode: the form keeps only what can be tapped. Pictures for the topics, three
     * pictures for the part of the day, and the read-aloud button; no typing, no lists to read.
     */
    private void simplify(H3 title, TopicPicker topics, CheckboxGroup<PartOfDay> parts, Component... wordy) {
        for (Component component : wordy) {
            component.setVisible(false);
        }
        topics.leaveOutOther();
        ReadAloud read = new ReadAloud(() -> {
            String language = getLocale().getLanguage();
            List<ReadAloud.Spoken> spoken = new ArrayList<>();
            spoken.add(new ReadAloud.Spoken(title.getText(), language));
            topics.shownWords().forEach(word -> spoken.add(new ReadAloud.Spoken(word, language)));
            return spoken;
        });
        addComponentAtIndex(1, read);
        addComponentAtIndex(indexOf(parts) + 1, new PartPictures(parts));
    }

    private void close() {
        removeAll();
        setVisible(false);
        closed.run();
    }
}
