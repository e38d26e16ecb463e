package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.TimePhrase;
import nl.buurtkaarten.support.Topic;

/**
 * One of the parent's own offers or requests in their list: what, when and where, their note, and
 * while the meeting is open the buttons to change or withdraw it, which the panel carries out.
 */
class SupportItemRow extends ListItem {

    SupportItemRow(SupportItem item, boolean open, Consumer<SupportItem> change, Consumer<SupportItem> withdraw) {
        addClassNames(
                "bk-support-item", "bk-support-item--" + item.direction().name().toLowerCase(Locale.ROOT));
        Span direction = new Span(
                getTranslation(item.direction() == Direction.OFFER ? "support.item.offer" : "support.item.request"));
        direction.addClassName("bk-support-item-direction");
        Span topic = new Span(TopicIcons.of(item.topic()), new Span(topicLabel(item)));
        topic.addClassName("bk-support-item-topic");
        Span details = new Span(details(item));
        details.addClassName("bk-support-item-details");
        add(direction, topic, details);
        if (item.note() != null) {
            Paragraph note = new Paragraph(item.note());
            note.addClassName("bk-support-item-note");
            add(note);
        }
        if (open) {
            Button changeButton = new Button(getTranslation("phone.own.edit"), click -> change.accept(item));
            changeButton.addThemeVariants(ButtonVariant.TERTIARY);
            Button withdrawButton = new Button(getTranslation("phone.own.withdraw"), click -> withdraw.accept(item));
            withdrawButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Div actions = new Div(changeButton, withdrawButton);
            actions.addClassName("bk-own-actions");
            add(actions);
        }
    }

    private String topicLabel(SupportItem item) {
        return item.topic() == Topic.OTHER
                ? item.otherTopic()
                : getTranslation(item.topic().messageKey());
    }

    private String details(SupportItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("support." + item.kind().fileValue()));
        parts.add(
                item.when().isEmpty()
                        ? getTranslation("support.when.any")
                        : TimePhrase.of(item.when(), this::getTranslation));
        if (item.area() != null) {
            parts.add(item.area());
        }
        return String.join(" · ", parts);
    }
}
