package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Text;

/**
 * Words on a live screen that change in place. Setting a component's text replaces its children,
 * which the browser gets as a new child each time; this text node keeps its place, and only words
 * that differ from the ones shown are sent, as a new text of the same node. Used where a draw
 * changes what every phone shows.
 */
public class ChangingText extends Text {

    public ChangingText() {
        super("");
    }

    /** Shows {@code words}; nothing is sent when they are the ones shown already. */
    public void change(String words) {
        if (!getText().equals(words)) {
            setText(words);
        }
    }
}
