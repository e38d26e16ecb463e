package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.support.Topic;

/** The topics as pictures to tap: one is chosen at a time, and each tap is told to the form. */
class TopicPicker extends Div {

    private final List<Button> buttons = new ArrayList<>();
    private Topic chosen;

    TopicPicker(Topic chosen, Consumer<Topic> tapped) {
        this.chosen = chosen;
        addClassName("bk-topic-grid");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("support.form.topic"));
        for (Topic topic : Topic.values()) {
            Button button = new Button(getTranslation(topic.messageKey()), TopicIcons.of(topic));
            button.addClassName("bk-topic");
            button.getElement().setAttribute("data-topic", topic.name());
            button.getElement().setAttribute("aria-pressed", String.valueOf(topic == chosen));
            button.addClickListener(click -> {
                this.chosen = topic;
                buttons.forEach(
                        other -> other.getElement().setAttribute("aria-pressed", String.valueOf(other == button)));
                tapped.accept(topic);
            });
            buttons.add(button);
            add(button);
        }
    }

    /** The topic tapped last, or the item's own; null while none is. */
    Topic chosen() {
        return chosen;
    }

    /** Low-literacy mode: "something else" is left out, since it has to be written. */
    void leaveOutOther() {
        buttons.stream()
                .filter(button -> Topic.OTHER.name().equals(button.getElement().getAttribute("data-topic")))
                .forEach(button -> button.setVisible(false));
    }

    /** The words of the topics shown, in their order: what the read-aloud button says of them. */
    List<String> shownWords() {
        return buttons.stream()
                .filter(Component::isVisible)
                .map(Button::getText)
                .toList();
    }
}
