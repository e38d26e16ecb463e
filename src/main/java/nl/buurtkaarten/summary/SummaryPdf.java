package nl.buurtkaarten.summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkaarten.base.pdf.PageFlow;
import nl.buurtkaarten.base.pdf.PdfText;
import nl.buurtkaarten.base.pdf.PdfText.Direction;
import nl.buurtkaarten.base.pdf.PdfText.Face;
import nl.buurtkaarten.base.pdf.PdfText.Fonts;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Translations;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.support.SupportItem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The summary as a printable A4 PDF for the facilitator: the network picture (the same layout as on
 * the projector), the figures, every suggested pair with its reasons and the open requests. Holds
 * nicknames only, never contact details.
 *
 * <p>In any of the parents' languages: labels from the message bundles, and in Arabic every line
 * right to left and set against the right margin. Names and topics print as typed, whatever their
 * script ({@link PdfText}); inside a sentence each is isolated, so an Arabic name keeps its place in
 * a Dutch sentence and a Dutch name in an Arabic one.
 */
public final class SummaryPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1b1f23);
    private static final Color MUTED = new Color(0x4a5259);
    private static final Color BRAND = new Color(0x1f5f5b);

    private SummaryPdf() {}

    public static byte[] write(MeetingSummary summary, String meetingTitle, Locale language) {
        Locale locale = Locales.forParentLanguage(language == null ? "" : language.getLanguage());
        Translations translations = new Translations();
        SummaryTexts.Texts texts = (key, arguments) -> translations.getTranslation(key, locale, arguments);
        Direction direction = Locales.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setLanguage(locale.getLanguage());
            Fonts fonts = PdfText.fonts(document);
            Writer writer = new Writer(document, fonts, direction);
            writer.line(fonts.bold(), 20, BRAND, meetingTitle, Direction.FROM_TEXT);
            writer.line(fonts.bold(), 16, INK, texts.text("summary.title"));
            writer.gap(4);
            writer.line(
                    fonts.regular(),
                    11,
                    MUTED,
                    String.join(
                            "   ",
                            summary.offers() + " " + texts.text("summary.figure.offers", summary.offers()),
                            summary.requests() + " " + texts.text("summary.figure.requests", summary.requests()),
                            summary.topicMatches().size() + " "
                                    + texts.text(
                                            "summary.figure.matches",
                                            summary.topicMatches().size())
                                    + (summary.suggestions().isEmpty()
                                            ? ""
                                            : "   " + summary.suggestions().size() + " "
                                                    + texts.text(
                                                            "summary.figure.suggestions",
                                                            summary.suggestions()
                                                                    .size())),
                            summary.givingAndReceivingPercent() + "% "
                                    + texts.text(
                                            "summary.figure.giving-and-receiving",
                                            summary.givingAndReceivingPercent())));
            writer.gap(8);
            writer.picture(summary);
            writer.gap(10);
            writer.line(fonts.bold(), 13, INK, texts.text("summary.matches"));
            if (summary.matches().isEmpty()) {
                writer.paragraph(fonts.regular(), 10.5f, INK, texts.text("summary.no-matches"));
            }
            for (SuggestedMatch match : summary.matches()) {
                writer.paragraph(fonts.bold(), 10.5f, INK, SummaryTexts.pair(texts, match, PdfText::isolate));
                writer.paragraph(fonts.regular(), 9.5f, MUTED, SummaryTexts.reasons(texts, match.reasons()));
                writer.gap(3);
            }
            if (!summary.openRequests().isEmpty()) {
                writer.gap(8);
                writer.line(
                        fonts.bold(),
                        13,
                        INK,
                        texts.text("summary.open", summary.openRequests().size()));
                Set<String> pointers = new LinkedHashSet<>();
                for (SupportItem request : summary.openRequests()) {
                    String who = summary.participants().stream()
                            .filter(p -> p.id() == request.participantId())
                            .map(Participant::nickname)
                            .findFirst()
                            .orElse("");
                    writer.paragraph(
                            fonts.regular(),
                            10.5f,
                            INK,
                            PdfText.isolate(who) + ": " + PdfText.isolate(SummaryTexts.topic(texts, request)));
                    pointers.add(
                            texts.text("formal-help." + request.topic().name().toLowerCase(Locale.ROOT)));
                }
                writer.gap(4);
                writer.paragraph(
                        fonts.regular(),
                        10,
                        MUTED,
                        texts.text("summary.formal-help") + " " + String.join(" ", pointers));
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the summary PDF", e);
        }
    }

    /** Writes from top to bottom, starting a new page when the current one is full. */
    private static final class Writer extends PageFlow {
        private final Fonts fonts;
        /** The direction of the PDF's language: its sentences read that way and start at that margin. */
        private final Direction direction;

        Writer(PDDocument document, Fonts fonts, Direction direction) throws IOException {
            super(document, PAGE, MARGIN);
            this.fonts = fonts;
            this.direction = direction;
        }

        void line(Face face, float size, Color colour, String text) throws IOException {
            line(face, size, colour, text, direction);
        }

        /** One line, read in the given direction, set against the margin where the PDF's language starts. */
        void line(Face face, float size, Color colour, String text, Direction reading) throws IOException {
            room(size * 1.4f);
            y -= size * 1.25f;
            PdfText.Line line = fonts.line(face, size, fonts.shorten(face, text, size, WIDTH), reading);
            line.draw(
                    content, colour, direction == Direction.RIGHT_TO_LEFT ? MARGIN + WIDTH - line.width() : MARGIN, y);
            y -= size * 0.25f;
        }

        void paragraph(Face face, float size, Color colour, String text) throws IOException {
            for (String line : fonts.wrap(face, text, size, WIDTH)) {
                line(face, size, colour, line);
            }
        }

        /** The network, drawn with PDF lines and circles from the same layout as the SVG. */
        void picture(MeetingSummary summary) throws IOException {
            float height = WIDTH * NetworkPicture.HEIGHT / NetworkPicture.WIDTH;
            room(height);
            float scale = WIDTH / NetworkPicture.WIDTH;
            float top = y;
            Map<Long, double[]> at = NetworkPicture.layout(summary);
            content.setStrokingColor(new Color(0xe2ddd2));
            content.addRect(MARGIN, top - height, WIDTH, height);
            content.stroke();
            for (SuggestedMatch match : summary.matches()) {
                double[] from = at.get(match.helper().id());
                double[] to = at.get(match.receiver().id());
                if (from == null || to == null) {
                    continue;
                }
                Color colour = Color.decode(NetworkPicture.colour(match.offer().kind()));
                float x1 = MARGIN + (float) from[0] * scale;
                float y1 = top - (float) from[1] * scale;
                float x2 = MARGIN + (float) to[0] * scale;
                float y2 = top - (float) to[1] * scale;
                // The same slight bend as on the projector, so two parents who help each other get two arrows.
                double length = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
                float cx = (x1 + x2) / 2 + (float) ((y2 - y1) / length * 14);
                float cy = (y1 + y2) / 2 - (float) ((x2 - x1) / length * 14);
                double angle = Math.atan2(y2 - cy, x2 - cx);
                float endX = x2 - (float) Math.cos(angle) * 10;
                float endY = y2 - (float) Math.sin(angle) * 10;
                content.setStrokingColor(colour);
                content.setLineDashPattern(
                        match.suggestion() ? new float[] {5, 4} : new float[0], 0); // a suggestion: dashed
                content.setLineWidth(1.8f);
                content.moveTo(x1, y1);
                content.curveTo(cx, cy, cx, cy, endX, endY);
                content.stroke();
                content.setNonStrokingColor(colour);
                content.moveTo(endX, endY);
                content.lineTo(endX - (float) Math.cos(angle - 0.45) * 7, endY - (float) Math.sin(angle - 0.45) * 7);
                content.lineTo(endX - (float) Math.cos(angle + 0.45) * 7, endY - (float) Math.sin(angle + 0.45) * 7);
                content.closePath();
                content.fill();
            }
            for (Participant participant : NetworkPicture.shown(summary)) {
                double[] point = at.get(participant.id());
                if (point == null) {
                    continue;
                }
                float x = MARGIN + (float) point[0] * scale;
                float py = top - (float) point[1] * scale;
                content.setNonStrokingColor(BRAND);
                circle(x, py, 5.5f);
                content.fill();
                // The name stands where the projector's picture puts it: outside the circle, clear of the arrows.
                NetworkPicture.Label place = NetworkPicture.label(point);
                PdfText.Line label = fonts.line(
                        fonts.bold(), 9, NetworkPicture.labelText(participant.nickname()), Direction.FROM_TEXT);
                float lx = MARGIN + (float) place.x() * scale;
                float left = switch (place.anchor()) {
                    case "start" -> lx;
                    case "end" -> lx - label.width();
                    default -> lx - label.width() / 2;
                };
                label.draw(content, INK, left, top - (float) place.y() * scale);
            }
            y = top - height;
        }

        private void circle(float x, float y, float r) throws IOException {
            float k = 0.5523f * r;
            content.moveTo(x + r, y);
            content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
            content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
            content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
            content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
            content.closePath();
        }

        void close() throws IOException {
            content.close();
        }
    }
}
