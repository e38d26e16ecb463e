package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;

/**
 * A large button with a picture above a short word, for the low-literacy mode: the picture is
 * what a parent looks for, the word is for who can read it and for screen readers. A plain
 * {@code <button>}, so that picture and word can stack and wrap freely.
 */
public class PictureButton extends NativeButton {

    public PictureButton(SvgIcon picture, String word) {
        picture.getElement().setAttribute("aria-hidden", "true");
        picture.addClassName("bk-picture-button-icon");
        Span label = new Span(word);
        label.addClassName("bk-picture-button-word");
        add(picture, label);
        addClassName("bk-picture-button");
        setPressed(false);
    }

    public void setPressed(boolean pressed) {
        getElement().setAttribute("aria-pressed", String.valueOf(pressed));
    }
}
