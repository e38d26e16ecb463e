package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import java.util.EnumSet;
import java.util.Set;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.SlotChoice;

/**
 * Low-literacy mode: the parts of the day as three pictures to tap instead of a list to read. A tap
 * ticks or unticks that part in the form's own checkboxes, which stay the form's value.
 */
class PartPictures extends Div {

    PartPictures(CheckboxGroup<PartOfDay> parts) {
        addClassName("bk-part-pictures");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("support.form.parts"));
        for (PartOfDay part : SlotChoice.PARTS) {
            PhoneIcon picture = switch (part) {
                case MORNING -> PhoneIcon.SUN_RISE;
                case AFTERNOON -> PhoneIcon.SUN_O;
                case EVENING -> PhoneIcon.MOON_O;
            };
            PictureButton button = new PictureButton(picture.create(), getTranslation(part.messageKey()));
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
            add(button);
        }
    }
}
