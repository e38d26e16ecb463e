package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated sentence with people's own words in it ("Je doet mee als Amina", "Piet kan Mehmet
 * helpen"): each of those words goes into a span of its own with class {@code bk-typed}, which the
 * style sheet isolates ({@code unicode-bidi: isolate}, as HTML's {@code <bdi>}), so that an Arabic
 * name in a Dutch sentence, or a Dutch name in an Arabic one, never reorders the words around it.
 * The sentence reads the same as plain text: the spans add no characters.
 */
public final class Sentence {

    private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");

    private Sentence() {}

    /** The sentence of {@code key} in the context's language, with {@code typed} as its arguments {0}, {1}, ... */
    public static Span of(Component context, String key, String... typed) {
        Object[] marks = new Object[typed.length];
        for (int i = 0; i < typed.length; i++) {
            marks[i] = "\uE000" + i + "\uE001";
        }
        String pattern = context.getTranslation(key, marks);
        Span sentence = new Span();
        Matcher matcher = MARK.matcher(pattern);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                sentence.add(new Text(pattern.substring(at, matcher.start())));
            }
            Span word = new Span(typed[Integer.parseInt(matcher.group(1))]);
            word.addClassName("bk-typed");
            sentence.add(word);
            at = matcher.end();
        }
        if (at < pattern.length()) {
            sentence.add(new Text(pattern.substring(at)));
        }
        return sentence;
    }
}
