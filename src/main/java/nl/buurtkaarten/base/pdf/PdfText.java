package nl.buurtkaarten.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in the app's PDFs: Liberation Sans (SIL Open Font License 1.1) from the classpath, embedded
 * as a subset, so printing never depends on the server's fonts; wrapping and safe drawing of text.
 */
public final class PdfText {

    private static final String FONT_FOLDER = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final String REGULAR_FONT = FONT_FOLDER + "LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = FONT_FOLDER + "LiberationSans-Bold.ttf";

    private PdfText() {}

    /** Both fonts, embedded in this document. */
    public static Fonts fonts(PDDocument document) throws IOException {
        return new Fonts(load(document, REGULAR_FONT), load(document, BOLD_FONT));
    }

    static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is not on the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    public static void text(PDPageContentStream content, Fonts fonts, PDFont font, float size, Color colour,
            float x, float y, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour);
        content.newLineAtOffset(x, y);
        content.showText(fonts.printable(font, text));
        content.endText();
    }

    /** Breaks the text into lines no wider than the width: at spaces, within a word only when it alone is too wide. */
    public static List<String> wrap(Fonts fonts, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(fonts.regular(), candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (fonts.width(fonts.regular(), rest, size) > width) {
                    int cut = rest.offsetByCodePoints(0, 1);
                    while (cut < rest.length()
                            && fonts.width(fonts.regular(), rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= width) {
                        cut = rest.offsetByCodePoints(cut, 1);
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

    /** The two embedded fonts of one document, and which characters they can show. */
    public record Fonts(PDType0Font regular, PDType0Font bold, Map<PDFont, Map<Integer, Boolean>> known) {

        public Fonts(PDType0Font regular, PDType0Font bold) {
            this(regular, bold, new HashMap<>());
        }

        /** The text with every character the font cannot show replaced by "?". */
        public String printable(PDFont font, String text) {
            Map<Integer, Boolean> shown = known.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                int printed = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) ? ' ' : codePoint;
                boolean ok = shown.computeIfAbsent(printed, c -> canShow(font, c));
                out.appendCodePoint(ok ? printed : '?');
            });
            return out.toString();
        }

        public float width(PDFont font, String text, float size) throws IOException {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        }

        /** The text, cut short with an ellipsis when it is wider than the space. */
        public String shorten(PDFont font, String text, float size, float space) throws IOException {
            if (width(font, text, size) <= space) {
                return text;
            }
            String shorter = text;
            while (!shorter.isEmpty() && width(font, shorter + "…", size) > space) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1)).stripTrailing();
            }
            return shorter.isEmpty() ? "" : shorter + "…";
        }

        private static boolean canShow(PDFont font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
