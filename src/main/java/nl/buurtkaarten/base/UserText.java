package nl.buurtkaarten.base;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/**
 * What people type, made safe to store and show: one place for every nickname, answer, title, note
 * and area. Text is normalised (NFKC for names, so that a full-width "ＳＡＲＡ" is "SARA"; NFC for
 * longer text, which keeps what the writer meant), control and direction-override characters are
 * removed (a right-to-left override in a name would turn a whole projector line backwards), and text
 * that shows nothing at all (only spaces or invisible characters) is refused with the caller's own
 * message key. Names are compared by a {@link #skeleton} that catches common look-alikes.
 */
public final class UserText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    /** Isolates a user's text inside a sentence, as {@code <bdi>} does in HTML: FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. */
    private static final char FIRST_STRONG_ISOLATE = '\u2068';

    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    /** Drawn as an empty cell: a favourite for names that look empty. */
    private static final int BRAILLE_BLANK = 0x2800;

    private UserText() {}

    /**
     * A one-line text such as a nickname, a title or an area: NFKC, whitespace collapsed to single
     * spaces, controls and direction controls removed.
     *
     * @param invisibleKey the message key of the refusal when nothing visible is left
     */
    public static String line(String typed, String invisibleKey) {
        String clean = collapseSpaces(strip(NFKC.normalize(typed == null ? "" : typed), false));
        requireVisible(clean, invisibleKey);
        return clean;
    }

    /** Like {@link #line}, but empty input gives "" rather than a refusal (optional fields). */
    public static String optionalLine(String typed, String invisibleKey) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return line(typed, invisibleKey);
    }

    /**
     * A longer text such as an answer or a note: NFC, line breaks kept (at most two in a row),
     * other controls and direction controls removed, spaces at the ends stripped.
     */
    public static String text(String typed, String invisibleKey) {
        String clean = strip(NFC.normalize(typed == null ? "" : typed), true)
                .replaceAll("[ \\t\\x{00A0}]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        requireVisible(clean, invisibleKey);
        return clean;
    }

    /** Whether the text shows anything: a letter, digit, sign or picture, not only spaces and invisible characters. */
    public static boolean isVisible(String text) {
        return text != null && text.codePoints().anyMatch(UserText::visible);
    }

    /**
     * The form in which two names count as the same: case folded, without invisible characters and
     * with look-alike letters from other scripts mapped to one (Unicode's confusable skeleton, UTS #39):
     * "Sara", "SARA", "Ѕаrа" (Cyrillic) and "Sara" with a zero-width space all give one skeleton.
     */
    public static String skeleton(String name) {
        String folded = UCharacter.foldCase(NFKC.normalize(name == null ? "" : name), true);
        StringBuilder visible = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
                .filter(c -> !Character.isWhitespace(c) || c == ' ')
                .forEach(visible::appendCodePoint);
        return UCharacter.foldCase(SPOOF.getSkeleton(collapseSpaces(visible.toString())), true)
                .toLowerCase(Locale.ROOT);
    }

    /** A user's text for use inside a sentence of the app, so that its direction does not spill into the sentence. */
    public static String isolate(String text) {
        return FIRST_STRONG_ISOLATE + (text == null ? "" : text) + POP_DIRECTIONAL_ISOLATE;
    }

    /** The number of characters as a person counts them (code points, so an emoji is one). */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    private static String strip(String text, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.append(keepLineBreaks && c == '\n' ? '\n' : ' ');
            } else if (Character.isISOControl(c) || isDirectionControl(c) || isUnsafeFormat(c)) {
                // dropped: NUL and other controls, bidi overrides and isolates, and similar
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String collapseSpaces(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Bidi embeddings, overrides, isolates and marks other than those joined to letters: the app isolates user text itself. */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
    }

    /**
     * Invisible format characters that carry no meaning in a name or answer. Kept: the zero-width
     * joiner and non-joiner (emoji sequences, Persian and Indic writing), variation selectors and
     * tag characters of flag emoji.
     */
    private static boolean isUnsafeFormat(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        return c == 0x200B
                || c == 0xFEFF
                || c == 0x2060
                || c == 0x00AD
                || c == 0x180E
                || (c >= 0x2061 && c <= 0x2064)
                || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    private static boolean visible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return false;
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT) || c == BRAILLE_BLANK) {
            return false;
        }
        int type = Character.getType(c);
        // Combining marks alone (a lone accent) show nothing readable either.
        return type != Character.FORMAT
                && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE;
    }

    private static void requireVisible(String clean, String invisibleKey) {
        if (!isVisible(clean)) {
            throw new UserFacingException(invisibleKey);
        }
    }
}
