package nl.buurtkaarten.support.ui;

import nl.buurtkaarten.base.ui.LengthLimit;
import com.vaadin.flow.component.icon.VaadinIcon;

import nl.buurtkaarten.participation.ui.EasyMode;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.ui.CardDisplay;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportNow;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SlotChoice;
import nl.buurtkaarten.support.Topic;

/**
 * "Geven en vragen" on the phone: a parent offers help and asks for it, at any moment of an open
 * meeting. Topics are chosen by tapping a picture; when and where are optional. The panel gently
 * invites everyone to offer something, not only to ask.
 */
class SupportPanel extends Section implements Screen {

    private final Meeting meeting;
    private final long participantId;
    private final String token;
    private final SupportService support;
    private final Paragraph invitation = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Div form = new Div();
    private final Div startButtons = new Div();

    private boolean open;
    private boolean offerCard;
    private List<SupportItem> shownMine;
    private boolean shownOpen;

    SupportPanel(Meeting meeting, long participantId, String token, SupportService support, Screens screens) {
        this.meeting = meeting;
        this.participantId = participantId;
        this.token = token;
        this.support = support;
        addClassName("bk-support");
        Button offer = new Button(getTranslation("support.start.offer"), pictogram(VaadinIcon.GIFT), click -> openForm(Direction.OFFER, null));
        offer.addThemeVariants(ButtonVariant.PRIMARY);
        offer.addClassNames("bk-big-button", "bk-support-offer");
        Button request = new Button(getTranslation("support.start.request"), pictogram(VaadinIcon.HAND), click -> openForm(Direction.REQUEST, null));
        request.addClassNames("bk-big-button", "bk-support-request");
        startButtons.add(offer, request);
        startButtons.addClassName("bk-support-start");
        invitation.addClassName("bk-support-invitation");
        list.addClassName("bk-support-list");
        form.addClassName("bk-support-form");
        form.setVisible(false);
        add(new H2(getTranslation("support.title")), invitation, startButtons, form, list);
        screens.follow(this, meeting.id(), this);
    }

    /** What the panel shows of the picture: whether the meeting is open, whether the card invites offers, and the parent's own items. */
    private record Shown(boolean open, boolean offerCard, List<SupportItem> mine) {}

    @Override
    public Object shownOf(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return null;
        }
        boolean invites = now.currentCard().map(card -> card.kind() == CardKind.OFFER_PROMPT).orElse(false);
        return new Shown(now.meeting().isOpen(), invites, picture.part(SupportNow.class).of(participantId));
    }

    @Override
    public void show(MeetingPicture picture) {
        if (shownOf(picture) instanceof Shown shown) {
            open = shown.open();
            offerCard = shown.offerCard();
            draw(shown.mine());
        }
    }

    /** After the parent's own change: their items as stored now. */
    private void refresh() {
        shownMine = null;
        draw(mine());
    }

    private void draw(List<SupportItem> mine) {
        setVisible(open || !mine.isEmpty());
        startButtons.setVisible(open && !form.isVisible());
        getElement().setAttribute("data-highlight", String.valueOf(offerCard));
        boolean offers = mine.stream().anyMatch(item -> item.direction() == Direction.OFFER);
        boolean requests = mine.stream().anyMatch(item -> item.direction() == Direction.REQUEST);
        String invite = getTranslation(offerCard ? "support.invite.card"
                : requests && !offers ? "support.invite.offer-too" : mine.isEmpty() ? "support.invite.start" : "support.invite.more");
        if (!invite.equals(invitation.getText())) {
            invitation.setText(invite);
        }
        if (mine.equals(shownMine) && open == shownOpen) {
            return;
        }
        shownMine = mine;
        shownOpen = open;
        list.removeAll();
        for (SupportItem item : mine) {
            list.add(item(item, open));
        }
    }

    private List<SupportItem> mine() {
        return support.mine(meeting.id(), token);
    }

    private ListItem item(SupportItem item, boolean open) {
        ListItem row = new ListItem();
        row.addClassNames("bk-support-item", "bk-support-item--" + item.direction().name().toLowerCase(Locale.ROOT));
        Span direction = new Span(getTranslation(item.direction() == Direction.OFFER ? "support.item.offer" : "support.item.request"));
        direction.addClassName("bk-support-item-direction");
        Span topic = new Span(TopicIcons.of(item.topic()), new Span(topicLabel(item)));
        topic.addClassName("bk-support-item-topic");
        Span details = new Span(details(item));
        details.addClassName("bk-support-item-details");
        row.add(direction, topic, details);
        if (item.note() != null) {
            Paragraph note = new Paragraph(item.note());
            note.addClassName("bk-support-item-note");
            row.add(note);
        }
        if (open) {
            Button change = new Button(getTranslation("phone.own.edit"), click -> openForm(item.direction(), item));
            change.addThemeVariants(ButtonVariant.TERTIARY);
            Button withdraw = new Button(getTranslation("phone.own.withdraw"), click -> {
                if (Messages.attempt(this, () -> support.withdraw(meeting.id(), token, item.id()))) {
                    refresh();
                }
            });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Div actions = new Div(change, withdraw);
            actions.addClassName("bk-own-actions");
            row.add(actions);
        }
        return row;
    }

    private String topicLabel(SupportItem item) {
        return item.topic() == Topic.OTHER ? item.otherTopic() : getTranslation(item.topic().messageKey());
    }

    private String details(SupportItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("support." + item.kind().fileValue()));
        parts.add(item.when().isEmpty() ? getTranslation("support.when.any") : nl.buurtkaarten.support.TimePhrase.of(item.when(), this::getTranslation));
        if (item.area() != null) {
            parts.add(item.area());
        }
        return String.join(" · ", parts);
    }

    private void openForm(Direction direction, SupportItem existing) {
        form.removeAll();
        form.setVisible(true);
        startButtons.setVisible(false);
        H3 title = new H3(getTranslation(direction == Direction.OFFER ? "support.form.offer" : "support.form.request"));

        Div topics = new Div();
        topics.addClassName("bk-topic-grid");
        topics.getElement().setAttribute("role", "group");
        topics.getElement().setAttribute("aria-label", getTranslation("support.form.topic"));
        Topic[] chosenTopic = {existing == null ? null : existing.topic()};
        TextField other = new TextField(getTranslation("support.form.other"));
        other.setWidthFull();
        other.setValue(existing == null || existing.otherTopic() == null ? "" : existing.otherTopic());
        LengthLimit.apply(other, SupportService.MAX_OTHER_TOPIC, "support.error.other-topic-too-long");
        Select<SupportKind> kind = new Select<>();
        kind.setLabel(getTranslation("support.form.kind"));
        kind.setItems(SupportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("support." + value.fileValue()));
        kind.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(value ->
                new Span(CardDisplay.supportIcon(value), new Span(" " + getTranslation("support." + value.fileValue())))));
        kind.setValue(existing == null ? null : existing.kind());
        List<Button> topicButtons = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Button button = new Button(getTranslation(topic.messageKey()), TopicIcons.of(topic));
            button.addClassName("bk-topic");
            button.getElement().setAttribute("data-topic", topic.name());
            button.getElement().setAttribute("aria-pressed", String.valueOf(topic == chosenTopic[0]));
            button.addClickListener(click -> {
                chosenTopic[0] = topic;
                topicButtons.forEach(other1 -> other1.getElement().setAttribute("aria-pressed",
                        String.valueOf(other1 == button)));
                other.setVisible(topic == Topic.OTHER);
                kind.setValue(topic.defaultKind());
            });
            topicButtons.add(button);
            topics.add(button);
        }
        other.setVisible(chosenTopic[0] == Topic.OTHER);

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

        List<String> areaNames = support.areas(meeting.id());
        Select<String> area = new Select<>();
        area.setLabel(getTranslation("support.form.area"));
        area.setItems(areaNames);
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("support.form.area-any"));
        area.setVisible(!areaNames.isEmpty());
        if (existing != null && existing.area() != null && areaNames.contains(existing.area())) {
            area.setValue(existing.area());
        }
        TextField note = new TextField(getTranslation("support.form.note"));
        note.setWidthFull();
        note.setValue(existing == null || existing.note() == null ? "" : existing.note());
        LengthLimit.apply(note, SupportService.MAX_NOTE, "support.error.note-too-long");

        Paragraph error = new Paragraph();
        error.addClassName("bk-error-text");
        error.setVisible(false);
        Button save = new Button(getTranslation(existing == null ? "support.form.save" : "phone.own.save"), click -> {
            if (chosenTopic[0] == null) {
                error.setText(getTranslation("support.error.topic"));
                error.setVisible(true);
                return;
            }
            Set<Slot> slots = new SlotChoice(days.getValue(), parts.getValue()).slots();
            SupportDraft draft = new SupportDraft(direction, kind.getValue(), chosenTopic[0], other.getValue(), slots,
                    area.getValue(), note.getValue());
            try {
                if (existing == null) {
                    support.add(meeting.id(), token, draft);
                } else {
                    support.change(meeting.id(), token, existing.id(), draft);
                }
                closeForm();
                Messages.done(this, direction == Direction.OFFER ? "support.saved.offer" : "support.saved.request");
            } catch (UserFacingException refusal) {
                error.setText(Messages.text(this, refusal));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassNames("bk-big-button", "bk-support-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> closeForm());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        save.setIcon(pictogram(VaadinIcon.CHECK));
        Paragraph tapTopic = new Paragraph(getTranslation("support.form.topic"));
        form.add(title, tapTopic, topics, other, kind, days, parts, whenHelp, area, note, error, save, cancel);
        if (EasyMode.isOn()) {
            simplify(direction, title, topicButtons, new com.vaadin.flow.component.Component[] {other, kind, days, parts, whenHelp, area, note},
                    parts);
        }
    }

    private static com.vaadin.flow.component.icon.Icon pictogram(VaadinIcon kind) {
        com.vaadin.flow.component.icon.Icon icon = kind.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    /**
     * Low-literacy mode: the form keeps only what can be tapped. Pictures for the topics, three
     * pictures for the part of the day, and the read-aloud button; no typing, no lists to read.
     */
    private void simplify(Direction direction, H3 title, List<Button> topicButtons, com.vaadin.flow.component.Component[] wordy,
            CheckboxGroup<PartOfDay> parts) {
        for (com.vaadin.flow.component.Component component : wordy) {
            component.setVisible(false);
        }
        topicButtons.stream().filter(button -> Topic.OTHER.name().equals(button.getElement().getAttribute("data-topic")))
                .forEach(button -> button.setVisible(false));
        Div partButtons = new Div();
        partButtons.addClassName("bk-part-pictures");
        partButtons.getElement().setAttribute("role", "group");
        partButtons.getElement().setAttribute("aria-label", getTranslation("support.form.parts"));
        for (PartOfDay part : SlotChoice.PARTS) {
            VaadinIcon picture = switch (part) {
                case MORNING -> VaadinIcon.SUN_RISE;
                case AFTERNOON -> VaadinIcon.SUN_O;
                case EVENING -> VaadinIcon.MOON_O;
            };
            nl.buurtkaarten.base.ui.PictureButton button = new nl.buurtkaarten.base.ui.PictureButton(
                    picture.create(), getTranslation(part.messageKey()));
            button.addClassName("bk-part-picture");
            button.getElement().setAttribute("data-part", part.name());
            button.setPressed(parts.getValue().contains(part));
            button.addClickListener(click -> {
                Set<PartOfDay> chosen = EnumSet.noneOf(PartOfDay.class);
                chosen.addAll(parts.getValue());
                if (!chosen.remove(part)) {
                    chosen.add(part);
                }
                parts.setValue(chosen);
                button.setPressed(chosen.contains(part));
            });
            partButtons.add(button);
        }
        nl.buurtkaarten.base.ui.ReadAloud read = new nl.buurtkaarten.base.ui.ReadAloud(() -> {
            String language = getLocale().getLanguage();
            List<nl.buurtkaarten.base.ui.ReadAloud.Spoken> spoken = new ArrayList<>();
            spoken.add(new nl.buurtkaarten.base.ui.ReadAloud.Spoken(title.getText(), language));
            topicButtons.stream().filter(com.vaadin.flow.component.Component::isVisible)
                    .forEach(button -> spoken.add(new nl.buurtkaarten.base.ui.ReadAloud.Spoken(button.getText(), language)));
            return spoken;
        });
        form.addComponentAtIndex(1, read);
        form.addComponentAtIndex(form.indexOf(parts) + 1, partButtons);
    }

    private void closeForm() {
        form.removeAll();
        form.setVisible(false);
        refresh();
    }
}
