package nl.buurtkaarten.base.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in the app's PDFs, printed as typed in every language the app offers. Each weight is a chain
 * of embedded fonts from the classpath, tried character by character: Liberation Sans (SIL Open Font
 * License 1.1) for Latin, then DejaVu Sans (Bitstream Vera licence) for what Liberation lacks:
 * Arabic, Greek, Cyrillic and signs. Arabic is shaped into its joined forms and every line is put in
 * visual order with the Unicode bidi algorithm (ICU4J), because PDFBox does neither. Measuring,
 * wrapping, shortening and drawing all go through the same preparation, so a measured line is the
 * drawn line.
 *
 * <p>What no embedded font can draw is never printed as "?": an emoji becomes {@value #PICTURE}
 * (one per emoji, also for a family of several people), any other character {@value #MISSING}
 * (one per character). Fonts are embedded as subsets; DejaVu is loaded only for a document that
 * needs it.
 */
public final class PdfText {

    /** Printed for one emoji (or other picture character) that no embedded font has: a small diamond. */
    public static final String PICTURE = "♦";
    /** Printed for one character of a script no embedded font covers, such as Chinese or Thai. */
    public static final String MISSING = "□";

    private static final String LIBERATION = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final List<String> REGULAR =
            List.of(LIBERATION + "LiberationSans-Regular.ttf", DEJAVU + "DejaVuSans.ttf");
    private static final List<String> BOLD =
            List.of(LIBERATION + "LiberationSans-Bold.ttf", DEJAVU + "DejaVuSans-Bold.ttf");
    /** The font files, read from the jar once: they are a few hundred kilobytes each. */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ArabicShaping SHAPER = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
    private static final int INVISIBLE = -1;
    /** At most this much (thousandths of the size) a mark is moved off centre to stay inside its letter. */
    private static final float MARK_NUDGE = 50;

    private static final int SPACE = ' ';

    /** The direction a line is read in. */
    public enum Direction {
        LEFT_TO_RIGHT,
        RIGHT_TO_LEFT,
        /** As the first letter with a direction says; left to right when there is none. */
        FROM_TEXT
    }

    private PdfText() {}

    /** Both weights, to be embedded in this document. */
    public static Fonts fonts(PDDocument document) {
        return new Fonts(new Face(document, REGULAR), new Face(document, BOLD));
    }

    /** Right to left when the text's first letter with a direction is Arabic or Hebrew. */
    public static Direction directionOf(String text) {
        return text != null && Bidi.getBaseDirection(text) == Bidi.RTL
                ? Direction.RIGHT_TO_LEFT
                : Direction.LEFT_TO_RIGHT;
    }

    /**
     * Marks a value typed by someone (a name, a topic) as a unit of its own inside a sentence, so that
     * an Arabic name in a Dutch sentence, or a Dutch name in an Arabic one, keeps its place.
     */
    public static String isolate(String value) {
        return "\u2068" + (value == null ? "" : value) + "\u2069";
    }

    /** The fonts of one document, by weight. Not for use by several threads at once. */
    public static final class Fonts {
        private final Face regular;
        private final Face bold;

        private Fonts(Face regular, Face bold) {
            this.regular = regular;
            this.bold = bold;
        }

        public Face regular() {
            return regular;
        }

        public Face bold() {
            return bold;
        }

        /** The width of the text as printed, in points. */
        public float width(Face face, String text, float size) throws IOException {
            return face.prepare(text).width() / 1000f * size;
        }

        /** One line, ready to draw: shaped, in visual order, in runs of one font each. */
        public Line line(Face face, float size, String text, Direction direction) throws IOException {
            return face.prepare(text).line(size, direction);
        }

        /** The text, cut short with an ellipsis when it is wider than the space. */
        public String shorten(Face face, String text, float size, float space) throws IOException {
            if (width(face, text, size) <= space) {
                return text;
            }
            String shorter = text;
            while (!shorter.isEmpty() && width(face, shorter + "…", size) > space) {
                shorter = shorter.substring(0, previousBoundary(shorter, shorter.length()))
                        .stripTrailing();
            }
            return shorter.isEmpty() ? "" : shorter + "…";
        }

        /**
         * Breaks the text into lines no wider than the width: at spaces, within a word only when it
         * alone is too wide (and then never inside a letter with its marks, or inside one emoji).
         * The lines stay in the order they are written; {@link #line} puts each in visual order.
         */
        public List<String> wrap(Face face, String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).strip().split("\\R")) {
                StringBuilder line = new StringBuilder();
                Deque<String> words = new ArrayDeque<>(units(paragraph));
                while (!words.isEmpty()) {
                    String word = words.removeFirst();
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(face, candidate, size) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    if (word.indexOf(' ') >= 0 && width(face, word, size) > width) {
                        // A name or topic longer than a line: break it at its own spaces after all.
                        List<String> inner = List.of(word.split(" "));
                        for (int i = inner.size() - 1; i >= 0; i--) {
                            words.addFirst(inner.get(i));
                        }
                        continue;
                    }
                    String rest = word;
                    while (width(face, rest, size) > width) {
                        int cut = nextBoundary(rest, 0);
                        while (cut < rest.length()
                                && width(face, rest.substring(0, nextBoundary(rest, cut)), size) <= width) {
                            cut = nextBoundary(rest, cut);
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }

    /**
     * The words of a paragraph, where a value marked by {@link #isolate} counts as one word with its
     * spaces, so that a name or topic is not broken over two lines when it fits on one.
     */
    static List<String> units(String paragraph) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\u2068') {
                depth++;
            } else if (c == '\u2069' && depth > 0) {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * One weight: the fonts tried in order for each character, each loaded into the document the
     * first time a character needs it.
     */
    public static final class Face {
        private final PDDocument document;
        private final List<String> files;
        private final PDType0Font[] loaded;
        /** Per character: the first font in the chain that has it, or {@link #INVISIBLE} when none. */
        private final Map<Integer, Integer> firstFontFor = new HashMap<>();

        private final List<Map<Integer, Float>> widths = new ArrayList<>();

        private Face(PDDocument document, List<String> files) {
            this.document = document;
            this.files = files;
            this.loaded = new PDType0Font[files.size()];
            files.forEach(file -> widths.add(new HashMap<>()));
        }

        private PDType0Font font(int index) throws IOException {
            if (loaded[index] == null) {
                byte[] bytes = FONT_FILES.computeIfAbsent(files.get(index), PdfText::read);
                loaded[index] = PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
            }
            return loaded[index];
        }

        /** Whether the font has the character; a fallback font not loaded yet counts as not having it. */
        private boolean has(int index, int codePoint) throws IOException {
            return (index == 0 || loaded[index] != null) && glyph(index, codePoint);
        }

        private boolean glyph(int index, int codePoint) throws IOException {
            return font(index).getDescendantFont() instanceof PDCIDFontType2 cid
                    && cid.getTrueTypeFont().getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        }

        /** The first font in the chain with the character, loading fallbacks as needed; {@link #INVISIBLE} for none. */
        private int firstFont(int codePoint) throws IOException {
            Integer known = firstFontFor.get(codePoint);
            if (known != null) {
                return known;
            }
            int found = INVISIBLE;
            for (int index = 0; index < files.size() && found == INVISIBLE; index++) {
                if (glyph(index, codePoint)) {
                    found = index;
                }
            }
            firstFontFor.put(codePoint, found);
            return found;
        }

        private float width(int index, int codePoint) throws IOException {
            Float known = widths.get(index).get(codePoint);
            if (known == null) {
                known = font(index).getStringWidth(new String(Character.toChars(codePoint)));
                widths.get(index).put(codePoint, known);
            }
            return known;
        }

        /**
         * How far to move a mark without width (an Arabic vowel sign, drawn before its letter) to the
         * right so that it stands over or under the middle of the letter, in thousandths of the size.
         * PDFBox does not place marks itself (no OpenType mark positioning).
         */
        private float centring(int markFont, int mark, int letterFont, int letter) throws IOException {
            if (markFont == INVISIBLE
                    || letterFont == INVISIBLE
                    || width(markFont, mark) != 0
                    || !(font(markFont).getDescendantFont() instanceof PDCIDFontType2 cid)) {
                return 0;
            }
            TrueTypeFont file = cid.getTrueTypeFont();
            GlyphData glyph =
                    file.getGlyph().getGlyph(file.getUnicodeCmapLookup().getGlyphId(mark));
            if (glyph == null) {
                return 0;
            }
            float middle = (glyph.getBoundingBox().getLowerLeftX()
                            + glyph.getBoundingBox().getUpperRightX())
                    / 2
                    * 1000f
                    / file.getUnitsPerEm();
            // PDFBox's text extraction hands a mark to the letter its origin lies in: when centring puts
            // the origin just outside its letter, the mark moves that little bit in. Over a narrow letter
            // (initial ب) the mark stays centred: it looks right, and viewers that go by drawing order
            // still copy it right.
            float letterWidth = width(letterFont, letter);
            float centred = letterWidth / 2 - middle;
            return centred < 1 && centred > -MARK_NUDGE ? 1 : centred;
        }

        /** The text as it will be printed, still in the order it is written. */
        private Prepared prepare(String text) throws IOException {
            String written = pictures(NFC.normalize(text == null ? "" : text));
            if (hasArabic(written)) {
                try {
                    written = marksBack(SHAPER.shape(written));
                } catch (ArabicShapingException e) {
                    // Unshaped Arabic is still readable letter by letter.
                }
            }
            // First the letters, each in the first font that has it; marks in their letter's font.
            List<Integer> codePoints = new ArrayList<>();
            List<Integer> fonts = new ArrayList<>();
            List<Boolean> between = new ArrayList<>();
            int previous = 0;
            for (int at = 0; at < written.length(); ) {
                int codePoint = written.codePointAt(at);
                at += Character.charCount(codePoint);
                boolean space = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint);
                int shown = space ? SPACE : invisible(codePoint) ? INVISIBLE : printable(codePoint);
                codePoints.add(shown == INVISIBLE ? codePoint : shown);
                between.add(shown != INVISIBLE && UScript.getScript(shown) == UScript.COMMON);
                int font = shown == INVISIBLE
                        ? INVISIBLE
                        : UScript.getScript(shown) == UScript.INHERITED && has(previous, shown)
                                ? previous
                                : firstFont(shown);
                fonts.add(font);
                if (font != INVISIBLE && !between.getLast()) {
                    previous = font;
                }
            }
            // Then spaces, digits and punctuation: in the font of the letters around them when both
            // sides use the same one (a space between two Arabic words), else in the first font.
            int[] after = new int[codePoints.size()];
            int next = INVISIBLE;
            for (int i = codePoints.size() - 1; i >= 0; i--) {
                after[i] = next;
                if (!between.get(i) && fonts.get(i) != INVISIBLE) {
                    next = fonts.get(i);
                }
            }
            int before = INVISIBLE;
            for (int i = 0; i < codePoints.size(); i++) {
                if (!between.get(i)) {
                    before = fonts.get(i) == INVISIBLE ? before : fonts.get(i);
                } else if (before != INVISIBLE && before == after[i] && has(before, codePoints.get(i))) {
                    fonts.set(i, before);
                }
            }
            float width = 0;
            for (int i = 0; i < codePoints.size(); i++) {
                if (fonts.get(i) != INVISIBLE) {
                    width += width(fonts.get(i), codePoints.get(i));
                }
            }
            return new Prepared(this, codePoints, fonts, width);
        }

        /**
         * The shaper also turns vowel signs into forms of their own with width, which would stand
         * beside their letter; they are made marks again, to be drawn over or under it.
         */
        private static String marksBack(String shaped) {
            StringBuilder out = new StringBuilder(shaped.length());
            shaped.codePoints().forEach(codePoint -> {
                String plain = codePoint >= 0xFE70 && codePoint <= 0xFE7F
                        ? NFKC.normalize(new String(Character.toChars(codePoint)))
                        : "";
                int last = plain.isEmpty() ? 0 : plain.codePointBefore(plain.length());
                out.appendCodePoint(plain.length() == 2 && isMark(last) ? last : codePoint);
            });
            return out.toString();
        }

        /** The character itself, or what is printed instead; {@link #INVISIBLE} for a mark no font has. */
        private int printable(int codePoint) throws IOException {
            if (firstFont(codePoint) != INVISIBLE) {
                return codePoint;
            }
            // An Arabic form the fonts lack: its plain letter, unjoined but readable.
            String plain = NFKC.normalize(new String(Character.toChars(codePoint)));
            if (plain.codePointCount(0, plain.length()) == 1 && firstFont(plain.codePointAt(0)) != INVISIBLE) {
                return plain.codePointAt(0);
            }
            int type = UCharacter.getType(codePoint);
            if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK) {
                return INVISIBLE;
            }
            return (UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC) ? PICTURE : MISSING)
                    .codePointAt(0);
        }

        /**
         * Each emoji as one {@value #PICTURE}: a family or a flag is one picture of several
         * characters. A sign with a plain black-and-white form in the fonts (♥, ☺, ✓, ©) stays itself.
         */
        private String pictures(String text) throws IOException {
            if (text.chars().allMatch(c -> c < 0x2000)) {
                return text;
            }
            BreakIterator clusters = BreakIterator.getCharacterInstance();
            clusters.setText(text);
            StringBuilder out = new StringBuilder(text.length());
            int start = clusters.first();
            for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
                String cluster = text.substring(start, end);
                out.append(isEmoji(cluster) ? plainSign(cluster) : cluster);
            }
            return out.toString();
        }

        private String plainSign(String cluster) throws IOException {
            int[] signs = cluster.codePoints()
                    .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.VARIATION_SELECTOR))
                    .toArray();
            boolean plainForm = signs.length == 1
                    && !UCharacter.hasBinaryProperty(signs[0], UProperty.EMOJI_PRESENTATION)
                    && firstFont(signs[0]) != INVISIBLE;
            return plainForm ? new String(signs, 0, 1) : PICTURE;
        }
    }

    /** A text as it will be printed, in the order it is written: one font per character. */
    private record Prepared(Face face, List<Integer> codePoints, List<Integer> fonts, float width) {

        /** In visual order (Unicode bidi algorithm), in runs of one font. */
        Line line(float size, Direction direction) throws IOException {
            StringBuilder written = new StringBuilder();
            codePoints.forEach(written::appendCodePoint);
            Bidi bidi = new Bidi();
            bidi.setPara(
                    written.toString(),
                    switch (direction) {
                        case LEFT_TO_RIGHT -> Bidi.LTR;
                        case RIGHT_TO_LEFT -> Bidi.RTL;
                        case FROM_TEXT -> Bidi.LEVEL_DEFAULT_LTR;
                    },
                    null);
            boolean rightToLeft = (bidi.getParaLevel() & 1) == 1;
            // Units: a letter with the marks that follow it, reordered together.
            List<List<Integer>> units = new ArrayList<>();
            List<Byte> levels = new ArrayList<>();
            int charIndex = 0;
            for (int i = 0; i < codePoints.size(); i++) {
                int codePoint = codePoints.get(i);
                if (!units.isEmpty() && isMark(codePoint) && fonts.get(i) != INVISIBLE) {
                    units.getLast().add(i);
                } else {
                    units.add(new ArrayList<>(List.of(i)));
                    levels.add(bidi.getLevelAt(charIndex));
                }
                charIndex += Character.charCount(codePoint);
            }
            byte[] levelArray = new byte[levels.size()];
            for (int i = 0; i < levelArray.length; i++) {
                levelArray[i] = levels.get(i);
            }
            LineBuilder line = new LineBuilder(face);
            for (int logical : levelArray.length == 0 ? new int[0] : Bidi.reorderVisual(levelArray)) {
                List<Integer> unit = units.get(logical);
                int base = unit.getFirst();
                if ((levelArray[logical] & 1) == 0) {
                    for (int i : unit) {
                        line.add(fonts.get(i), codePoints.get(i), 0);
                    }
                    continue;
                }
                // Right to left: mirrored brackets; Arabic marks go first, centred over the letter drawn after them.
                int letter = codePoints.get(base);
                int mirrored = UCharacter.getMirror(letter);
                if (mirrored != letter && fonts.get(base) != INVISIBLE && face.has(fonts.get(base), mirrored)) {
                    letter = mirrored;
                }
                for (int i : unit.subList(1, unit.size()).reversed()) {
                    line.add(
                            fonts.get(i),
                            codePoints.get(i),
                            face.centring(fonts.get(i), codePoints.get(i), fonts.get(base), letter));
                }
                line.add(fonts.get(base), letter, 0);
            }
            return line.build(size, rightToLeft);
        }
    }

    /** Collects a line's characters in drawing order into runs of one font. */
    private static final class LineBuilder {
        private final Face face;
        private final List<Run> runs = new ArrayList<>();
        private List<Object> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int font = INVISIBLE;
        private float width;

        LineBuilder(Face face) {
            this.face = face;
        }

        /** Adds a character, moved to the right by the shift (thousandths of the size) without moving what follows. */
        void add(int characterFont, int codePoint, float shift) throws IOException {
            if (characterFont == INVISIBLE) {
                return;
            }
            if (characterFont != font) {
                endRun();
                font = characterFont;
            }
            if (shift == 0) {
                text.appendCodePoint(codePoint);
            } else {
                endPiece();
                pieces.add(-shift);
                pieces.add(new String(Character.toChars(codePoint)));
                pieces.add(shift);
            }
            width += face.width(characterFont, codePoint);
        }

        private void endPiece() {
            if (!text.isEmpty()) {
                pieces.add(text.toString());
                text.setLength(0);
            }
        }

        private void endRun() throws IOException {
            endPiece();
            if (!pieces.isEmpty()) {
                runs.add(new Run(face.font(font), List.copyOf(pieces)));
                pieces = new ArrayList<>();
            }
        }

        Line build(float size, boolean rightToLeft) throws IOException {
            endRun();
            return new Line(List.copyOf(runs), width / 1000f * size, size, rightToLeft);
        }
    }

    /** A piece of a line in one font: texts, and shifts in thousandths of the size as a PDF TJ array holds them. */
    record Run(PDType0Font font, List<Object> pieces) {

        String text() {
            StringBuilder text = new StringBuilder();
            pieces.stream().filter(String.class::isInstance).forEach(text::append);
            return text.toString();
        }
    }

    /**
     * One line in visual order, ready to draw.
     *
     * @param width in points
     * @param rightToLeft whether the line is read from right to left, so belongs at the right
     */
    public record Line(List<Run> runs, float width, float size, boolean rightToLeft) {

        /** Draws the line with its left end at x and its baseline at y. */
        public void draw(PDPageContentStream content, Color colour, float x, float y) throws IOException {
            if (runs.isEmpty()) {
                return;
            }
            content.beginText();
            content.setNonStrokingColor(colour);
            content.newLineAtOffset(x, y);
            for (Run run : runs) {
                content.setFont(run.font(), size);
                if (run.pieces().size() == 1) {
                    content.showText(run.text());
                } else {
                    content.showTextWithPositioning(run.pieces().toArray());
                }
            }
            content.endText();
        }

        /** Draws the line at the start of a box: at its left edge, or its right edge when read right to left. */
        public void drawAtStart(PDPageContentStream content, Color colour, float left, float boxWidth, float y)
                throws IOException {
            draw(content, colour, rightToLeft ? left + boxWidth - width : left, y);
        }

        /** The characters in drawing order, left to right. */
        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    private static boolean isEmoji(String cluster) {
        return cluster.codePoints()
                        .anyMatch(c -> c == 0xFE0F
                                || c == 0x20E3
                                || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)
                                || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER)
                                || UCharacter.hasBinaryProperty(c, UProperty.REGIONAL_INDICATOR))
                || cluster.indexOf('\u200D') >= 0
                        && cluster.codePoints()
                                .anyMatch(c -> UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC));
    }

    /** Bidi controls, joiners and variation selectors: they steer the text but print nothing. */
    private static boolean invisible(int codePoint) {
        return UCharacter.getType(codePoint) == UCharacterCategory.FORMAT
                || UCharacter.hasBinaryProperty(codePoint, UProperty.VARIATION_SELECTOR);
    }

    private static boolean isMark(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.ARABIC);
    }

    private static int nextBoundary(String text, int index) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int next = clusters.following(index);
        return next == BreakIterator.DONE ? text.length() : next;
    }

    private static int previousBoundary(String text, int index) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int previous = clusters.preceding(index);
        return previous == BreakIterator.DONE ? 0 : previous;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
