package nl.buurtkaarten.guide;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.buurtkaarten.base.pdf.PageFlow;
import nl.buurtkaarten.base.pdf.PdfText;
import nl.buurtkaarten.base.pdf.PdfText.Face;
import nl.buurtkaarten.base.pdf.PdfText.Fonts;
import nl.buurtkaarten.base.ui.Translations;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The guide as an A4 PDF to print and take along: title, sections, lists, words to read out in a
 * band, and the section on violence or abuse on a page of its own, framed and marked as for the
 * facilitator only.
 */
public final class GuidePdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.4f;
    private static final Color INK = new Color(0x1b1f23);
    private static final Color MUTED = new Color(0x4a5259);
    private static final Color BRAND = new Color(0x1f5f5b);
    private static final Color READ_ALOUD_BAND = new Color(0xe4efe9);
    private static final Color SAFETY = new Color(0x8a1c1c);

    private GuidePdf() {}

    public static byte[] write(Guide guide) {
        ResourceBundle bundle = Translations.bundle(Locale.forLanguageTag(guide.language()));
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(guide.title());
            document.setDocumentInformation(information);
            Fonts fonts = PdfText.fonts(document);
            Writer writer = new Writer(document, fonts);
            writer.wrapped(fonts.bold(), 20, BRAND, guide.title(), 0);
            writer.wrapped(fonts.regular(), 9.5f, MUTED, text(bundle, "guide.not-projected"), 0);
            writer.gap(6);
            writer.blocks(guide.intro(), text(bundle, "guide.read-aloud"));
            for (Guide.Section section : guide.sections()) {
                writer.section(section, text(bundle, "guide.read-aloud"), text(bundle, "guide.safety-mark"));
            }
            writer.footers(bundle);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the guide PDF", e);
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[0]);
    }

    /** Writes from top to bottom, starting a new page when the current one is full. */
    private static final class Writer extends PageFlow {
        private final Fonts fonts;
        /** The section after the safety section starts on a new page, so that section has its page to itself. */
        private boolean pageBreakBeforeNext;

        Writer(PDDocument document, Fonts fonts) throws IOException {
            super(document, PAGE, MARGIN);
            this.fonts = fonts;
        }

        void section(Guide.Section section, String readAloudLabel, String safetyMark) throws IOException {
            if (pageBreakBeforeNext) {
                newPage();
                pageBreakBeforeNext = false;
            }
            gap(10);
            room(6 * BODY * LEADING);
            if (section.isSafety()) {
                // On a page of its own: easy to find in a hurry, and to keep apart from what others may read.
                if (y < PAGE.getHeight() - MARGIN - 20) {
                    newPage();
                }
                gap(6);
                float top = y;
                List<String> lines = fonts.wrap(fonts.bold(), section.title(), 14, WIDTH - 16);
                wrappedLines(fonts.bold(), 14, SAFETY, lines, 8);
                line(fonts.bold(), 9.5f, SAFETY, safetyMark.toUpperCase(Locale.ROOT), 8);
                gap(4);
                float pageBefore = document.getNumberOfPages();
                blocks(section.blocks(), readAloudLabel, 8);
                // A frame around the block on its first page (and on the next, if it runs over).
                frame(pageBefore == document.getNumberOfPages() ? top + 4 : PAGE.getHeight() - MARGIN + 4, y - 6);
                pageBreakBeforeNext = true;
            } else {
                wrapped(fonts.bold(), 14, BRAND, section.title(), 0);
                gap(2);
                blocks(section.blocks(), readAloudLabel, 0);
            }
        }

        void blocks(List<Guide.Block> blocks, String readAloudLabel) throws IOException {
            blocks(blocks, readAloudLabel, 0);
        }

        void blocks(List<Guide.Block> blocks, String readAloudLabel, float indent) throws IOException {
            for (Guide.Block block : blocks) {
                switch (block) {
                    case Guide.Paragraph paragraph -> wrapped(fonts.regular(), BODY, INK, paragraph.text(), indent);
                    case Guide.Subheading subheading -> {
                        gap(3);
                        wrapped(fonts.bold(), 11.5f, INK, subheading.text(), indent);
                    }
                    case Guide.Bullets bullets -> {
                        for (String item : bullets.items()) {
                            listItem("•", item, indent);
                        }
                    }
                    case Guide.Steps steps -> {
                        for (int i = 0; i < steps.items().size(); i++) {
                            listItem((i + 1) + ".", steps.items().get(i), indent);
                        }
                    }
                    case Guide.ReadAloud readAloud -> readAloud(readAloudLabel, readAloud.text(), indent);
                }
                gap(4);
            }
        }

        private void listItem(String marker, String item, float indent) throws IOException {
            List<String> lines = fonts.wrap(fonts.regular(), item, BODY, WIDTH - indent - 18);
            room(BODY * LEADING);
            fonts.line(fonts.regular(), BODY, marker, PdfText.Direction.LEFT_TO_RIGHT)
                    .draw(content, INK, MARGIN + indent + 4, y - BODY);
            wrappedLines(fonts.regular(), BODY, INK, lines, indent + 18);
        }

        private void readAloud(String label, String text, float indent) throws IOException {
            List<String> lines = fonts.wrap(fonts.regular(), text, BODY + 1, WIDTH - indent - 24);
            float height = (lines.size() + 1) * (BODY + 1) * LEADING + 8;
            room(Math.min(height, PAGE.getHeight() - 2 * MARGIN));
            content.setNonStrokingColor(READ_ALOUD_BAND);
            content.addRect(MARGIN + indent, y - height, WIDTH - indent, height);
            content.fill();
            gap(4);
            line(fonts.bold(), 8.5f, BRAND, label.toUpperCase(Locale.ROOT), indent + 12);
            wrappedLines(fonts.regular(), BODY + 1, INK, lines, indent + 12);
            gap(4);
        }

        void wrapped(Face font, float size, Color colour, String text, float indent) throws IOException {
            wrappedLines(font, size, colour, fonts.wrap(font, text, size, WIDTH - indent), indent);
        }

        private void wrappedLines(Face font, float size, Color colour, List<String> lines, float indent)
                throws IOException {
            for (String text : lines) {
                line(font, size, colour, text, indent);
            }
        }

        private void line(Face font, float size, Color colour, String text, float indent) throws IOException {
            room(size * LEADING);
            y -= size * LEADING;
            fonts.line(font, size, text, PdfText.Direction.FROM_TEXT)
                    .drawAtStart(content, colour, MARGIN + indent, WIDTH - indent, y + size * (LEADING - 1));
        }

        private void frame(float top, float bottom) throws IOException {
            content.setStrokingColor(SAFETY);
            content.setLineWidth(1.5f);
            content.addRect(MARGIN - 4, bottom, WIDTH + 8, top - bottom);
            content.stroke();
        }

        /** "Page 2 of 5" at the foot of every page, once the number of pages is known. */
        void footers(ResourceBundle bundle) throws IOException {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String label = new MessageFormat(bundle.getString("guide.page"), bundle.getLocale())
                            .format(new Object[] {i + 1, pages});
                    fonts.line(fonts.regular(), 8.5f, label, PdfText.Direction.FROM_TEXT)
                            .draw(footer, MUTED, MARGIN, MARGIN / 2);
                }
            }
        }
    }
}
