package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.support.SupportService;
import org.springframework.modulith.NamedInterface;

/** The streets and areas parents can pick for their offers and requests, as the facilitator sets them. */
@NamedInterface("ui")
public class AreasEditor extends Details {

    public AreasEditor(SupportService support, long meetingId, String owner) {
        TextArea areas = new TextArea(getTranslation("control.areas.label"));
        areas.setHelperText(getTranslation("control.areas.helper"));
        areas.setValue(String.join("\n", support.areas(meetingId)));
        areas.setWidthFull();
        Button save = new Button(getTranslation("editor.save"), click -> {
            try {
                List<String> saved = support.setAreas(
                        meetingId, owner, List.of(areas.getValue().split("\\R")));
                areas.setValue(String.join("\n", saved));
                areas.setInvalid(false);
                Messages.done(this, "control.areas.saved", saved.size());
            } catch (UserFacingException refusal) {
                areas.setErrorMessage(Messages.text(this, refusal));
                areas.setInvalid(true);
            }
        });
        setSummaryText(getTranslation("control.areas.title"));
        add(new Div(areas, save));
        addClassName("bk-areas");
    }
}
