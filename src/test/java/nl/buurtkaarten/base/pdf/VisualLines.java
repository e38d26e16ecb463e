package nl.buurtkaarten.base.pdf;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as they stand on paper, from left to right, so a test can check the order a
 * reader sees. PDFBox's own text extraction turns right-to-left text back into reading order with a
 * guess of its own, which hides the order on paper; this does not.
 *
 * <p>To compare with plain text, each drawn glyph is brought back to its letters (NFKC: a joined
 * Arabic form becomes its letter) and an Arabic glyph standing for several letters (lām-alif) is
 * reversed, so an Arabic word reads as the reverse of the word as typed: "فاطمة" on paper is
 * {@code reverse("فاطمة")} here.
 */
public final class VisualLines {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private VisualLines() {}

    /** Every line of every page, top to bottom; texts at the same height form one line, in the order drawn. */
    public static List<String> of(byte[] pdf) throws IOException {
        return placed(pdf).stream().map(Placed::text).toList();
    }

    /** The same lines with where they stand on the page: from the left edge of the page, in points. */
    public static List<Placed> placed(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(
                            getCurrentPageNo(),
                            Math.round(text.getYDirAdj()),
                            text.getXDirAdj(),
                            text.getXDirAdj() + text.getWidthDirAdj(),
                            text.getUnicode()));
                }
            };
            collector.getText(document);
        }
        Map<String, List<Glyph>> lines = new LinkedHashMap<>();
        glyphs.stream()
                .sorted(Comparator.comparingInt(Glyph::page).thenComparingInt(Glyph::y))
                .forEach(glyph -> lines.computeIfAbsent(glyph.page() + ":" + glyph.y(), key -> new ArrayList<>())
                        .add(glyph));
        List<Placed> result = new ArrayList<>();
        for (List<Glyph> line : lines.values()) {
            StringBuilder text = new StringBuilder();
            line.forEach(glyph -> text.append(plain(glyph.unicode())));
            // a space at either end takes room but shows nothing
            List<Glyph> inked =
                    line.stream().filter(glyph -> !glyph.unicode().isBlank()).toList();
            result.add(new Placed(
                    text.toString(),
                    line.getFirst().page(),
                    (float) inked.stream().mapToDouble(Glyph::left).min().orElse(0),
                    (float) inked.stream().mapToDouble(Glyph::right).max().orElse(0)));
        }
        return result;
    }

    /** A line on paper: its text left to right, and its left and right ends in points. */
    public record Placed(String text, int page, float left, float right) {}

    /** The word as it stands on paper when it runs from right to left. */
    public static String reversed(String word) {
        return new StringBuilder(word).reverse().toString();
    }

    private static String plain(String unicode) {
        String plain = NFKC.normalize(unicode == null ? "" : unicode);
        boolean arabic = plain.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.ARABIC);
        return arabic && plain.codePointCount(0, plain.length()) > 1
                ? reversed(plain).strip()
                : plain;
    }

    private record Glyph(int page, int y, float left, float right, String unicode) {}
}
