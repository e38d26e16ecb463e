package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.buurtkaarten.base.UserText;

/**
 * Says a field's limit while the person types: "12 van 30 tekens" under the field, and the field
 * marked with the service's own message as soon as the text is too long. Nothing is cut off
 * silently (no {@code maxlength}): text pasted over the limit stays visible, so it can be shortened.
 * The count follows the text after a short pause in typing ({@link ValueChangeMode#LAZY}), not on
 * every key, so that a hall full of phones does not send a request per letter.
 */
public final class LengthLimit {

    private static final String HINT = "bk-length-limit-hint";

    private LengthLimit() {}

    /** For a field whose too-long message takes the limit as its only argument, e.g. {@code join.error.nickname-too-long}. */
    public static void apply(TextField field, int max, String tooLongKey) {
        attach(field, max, tooLongKey);
    }

    public static void apply(TextArea field, int max, String tooLongKey) {
        attach(field, max, tooLongKey);
    }

    /** Shows the count again, e.g. after the program cleared or filled the field. */
    public static void refresh(TextFieldBase<?, String> field, int max, String tooLongKey) {
        int length = UserText.length(field.getValue().strip());
        String count = field.getTranslation("common.length", length, max);
        String hint = (String) ComponentUtil.getData(field, HINT);
        field.setHelperText(hint == null || hint.isBlank() ? count : hint + " " + count);
        String tooLong = field.getTranslation(tooLongKey, max);
        if (length > max) {
            field.setErrorMessage(tooLong);
            field.setInvalid(true);
        } else if (tooLong.equals(field.getErrorMessage())) {
            field.setInvalid(false);
        }
    }

    private static void attach(TextFieldBase<?, String> field, int max, String tooLongKey) {
        // A helper text set before keeps its place, with the count after it.
        ComponentUtil.setData(field, HINT, field.getHelperText());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> refresh(field, max, tooLongKey));
        refresh(field, max, tooLongKey);
    }
}
