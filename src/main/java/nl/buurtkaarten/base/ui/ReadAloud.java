package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.SvgIcon;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A button that reads a text aloud with the phone's own speech synthesis (the Web Speech API in
 * the browser; nothing leaves the phone). Hidden by the browser itself when it cannot speak.
 */
public class ReadAloud extends Button {

    private static final String SEPARATOR = "\u001e";

    /** One stretch of text and the language it is in (a language code such as "ar"; picks the voice). */
    public record Spoken(String text, String language) {}

    /** @param parts what to read, asked for at the moment of the tap (the card may have changed) */
    public ReadAloud(Supplier<List<Spoken>> parts) {
        SvgIcon icon = PhoneIcon.VOLUME_UP.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        setIcon(icon);
        setText(getTranslation("easy.read-aloud"));
        addClassName("bk-read-aloud");
        addClickListener(click -> {
            List<Spoken> spoken = parts.get();
            getElement().executeJs("""
                    if (!('speechSynthesis' in window)) { return; }
                    speechSynthesis.cancel();
                    const texts = $0.split($2), languages = $1.split($2);
                    for (let i = 0; i < texts.length; i++) {
                      const utterance = new SpeechSynthesisUtterance(texts[i]);
                      utterance.lang = languages[i];
                      const voice = speechSynthesis.getVoices().find(v => v.lang && v.lang.toLowerCase().startsWith(languages[i]));
                      if (voice) { utterance.voice = voice; }
                      speechSynthesis.speak(utterance);
                    }""", joined(spoken, Spoken::text), joined(spoken, Spoken::language), SEPARATOR);
        });
        addAttachListener(
                attach -> getElement().executeJs("if (!('speechSynthesis' in window)) { this.hidden = true; }"));
    }

    /** Stretches joined with the ASCII record separator, which no text on a card or button contains. */
    private static String joined(List<Spoken> spoken, Function<Spoken, String> part) {
        return spoken.stream()
                .map(part)
                .map(value -> value.replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
    }
}
