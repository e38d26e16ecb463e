package nl.buurtkaarten.cards.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import nl.buurtkaarten.base.pdf.PdfText;
import nl.buurtkaarten.base.pdf.PdfText.Direction;
import nl.buurtkaarten.base.pdf.PdfText.Fonts;
import nl.buurtkaarten.base.pdf.PdfText.Line;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Translations;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.SupportKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prints a deck, or some of its cards, as an A4 PDF of cards to cut out: {@value #COLUMNS} ×
 * {@value #ROWS} cards per page, separated by thin grey dashed cut lines. Each card shows its
 * kind, its kind of support in the support's colour, its text as large as fits, its id and the
 * deck's title.
 *
 * <p>Texts come in the chosen language; a card without a text in that language is printed in
 * Dutch and marked discreetly next to its id. Labels come from the app's message bundles.
 *
 * <p>Texts print as written in every language of the app, through {@link PdfText}: Liberation Sans
 * with DejaVu Sans for what it lacks, embedded as subsets; Arabic joined and right to left. A card's
 * text is set against the side its own language starts from; in an Arabic print the labels are
 * mirrored too (kind on the right, id on the left). An emoji prints as {@value PdfText#PICTURE}.
 *
 * <p>Pure Java and stateless: one instance may print many decks, also at the same time.
 */
public class DeckPrinter {

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final int CARDS_PER_PAGE = COLUMNS * ROWS;

    static final float MAX_TEXT_SIZE = 18f;
    static final float MIN_TEXT_SIZE = 7f;
    private static final float TEXT_SIZE_STEP = 0.5f;
    private static final float LINE_HEIGHT = 1.25f;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_MARGIN = 10 * MM;
    static final float CARD_WIDTH = (PAGE.getWidth() - 2 * PAGE_MARGIN) / COLUMNS;
    static final float CARD_HEIGHT = (PAGE.getHeight() - 2 * PAGE_MARGIN) / ROWS;

    /** Space between the cut line and the card's printed frame, so a crooked cut spoils nothing. */
    private static final float INSET = 3 * MM;

    private static final float FRAME_WIDTH = 1.5f;
    private static final float BAND_HEIGHT = 20f;
    private static final float PADDING = 9f;
    private static final float FOOTER_HEIGHT = 16f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float SMALL_SIZE = 7f;

    private static final Color INK = new Color(0x1b1f23);
    private static final Color MUTED = new Color(0x4a5259);
    private static final Color CUT_LINE = new Color(0xb0b0b0);
    private static final Color NO_SUPPORT = new Color(0x4a5259);
    /** The same colours as {@code --bk-emotional} and friends in {@code frontend/styles/app.css}. */
    private static final Map<SupportKind, Color> SUPPORT_COLOURS = Map.of(
            SupportKind.EMOTIONAL, new Color(0xa3214f),
            SupportKind.PRACTICAL, new Color(0x9a4a00),
            SupportKind.INFORMATIVE, new Color(0x1d4fa8),
            SupportKind.NORMATIVE, new Color(0x6a2fb0),
            SupportKind.CONNECTION, new Color(0x236b34));

    /**
     * Prints the cards as an A4 PDF.
     *
     * @param cardIds the cards to print, in the deck's order whatever the order here; empty means
     *     all cards of the deck
     * @param language the language of the texts and labels; cards without a text in it are
     *     printed in Dutch
     * @throws IllegalArgumentException when a card id is not in the deck, or there is no card to
     *     print
     */
    public byte[] print(Deck deck, List<String> cardIds, Locale language) {
        List<Card> cards = chosen(deck, cardIds);
        String languageCode =
                language == null || language.getLanguage().isEmpty() ? Card.DEFAULT_LANGUAGE : language.getLanguage();
        ResourceBundle bundle = Translations.bundle(language);
        boolean rightToLeft = Locales.isRightToLeft(Locales.forParentLanguage(languageCode));
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = PdfText.fonts(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(deck.titleIn(languageCode));
            info.setCreator("Buurtkaarten");
            // so that a screen reader reads the cards in their language
            document.getDocumentCatalog().setLanguage(languageCode);
            for (int first = 0; first < cards.size(); first += CARDS_PER_PAGE) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                List<Card> onPage = cards.subList(first, Math.min(first + CARDS_PER_PAGE, cards.size()));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawCutLines(content, onPage.size());
                    for (int slot = 0; slot < onPage.size(); slot++) {
                        drawCard(
                                content,
                                cardArea(slot),
                                onPage.get(slot),
                                deck,
                                languageCode,
                                bundle,
                                fonts,
                                rightToLeft);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print deck " + deck.id(), e);
        }
    }

    private static List<Card> chosen(Deck deck, List<String> cardIds) {
        if (cardIds == null || cardIds.isEmpty()) {
            if (deck.cards().isEmpty()) {
                throw new IllegalArgumentException("Deck " + deck.id() + " has no cards to print");
            }
            return deck.cards();
        }
        Set<String> wanted = new LinkedHashSet<>(cardIds);
        Set<String> unknown = new LinkedHashSet<>(wanted);
        deck.cards().forEach(card -> unknown.remove(card.id()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Deck " + deck.id() + " has no cards with ids " + unknown);
        }
        return deck.cards().stream().filter(card -> wanted.contains(card.id())).toList();
    }

    /** The area of the card in the given place on a page, in PDF coordinates (origin bottom left). */
    static PDRectangle cardArea(int slot) {
        int column = slot % COLUMNS;
        int row = slot / COLUMNS;
        float x = PAGE_MARGIN + column * CARD_WIDTH;
        float y = PAGE.getHeight() - PAGE_MARGIN - (row + 1) * CARD_HEIGHT;
        return new PDRectangle(x, y, CARD_WIDTH, CARD_HEIGHT);
    }

    /** Dashed lines around the used places, shared between neighbouring cards: one cut, two edges. */
    private static void drawCutLines(PDPageContentStream content, int cardsOnPage) throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(CUT_LINE);
        content.setLineWidth(0.5f);
        content.setLineDashPattern(new float[] {4, 3}, 0);
        int rows = (cardsOnPage + COLUMNS - 1) / COLUMNS;
        float top = PAGE.getHeight() - PAGE_MARGIN;
        for (int row = 0; row <= rows; row++) {
            int cardsInRowAbove = row == 0 ? 0 : Math.min(COLUMNS, cardsOnPage - (row - 1) * COLUMNS);
            int cardsInRowBelow = row == rows ? 0 : Math.min(COLUMNS, cardsOnPage - row * COLUMNS);
            int width = Math.max(cardsInRowAbove, cardsInRowBelow);
            float y = top - row * CARD_HEIGHT;
            content.moveTo(PAGE_MARGIN, y);
            content.lineTo(PAGE_MARGIN + width * CARD_WIDTH, y);
        }
        for (int row = 0; row < rows; row++) {
            int cardsInRow = Math.min(COLUMNS, cardsOnPage - row * COLUMNS);
            float y = top - row * CARD_HEIGHT;
            for (int column = 0; column <= cardsInRow; column++) {
                float x = PAGE_MARGIN + column * CARD_WIDTH;
                content.moveTo(x, y);
                content.lineTo(x, y - CARD_HEIGHT);
            }
        }
        content.stroke();
        content.restoreGraphicsState();
    }

    private static void drawCard(
            PDPageContentStream content,
            PDRectangle area,
            Card card,
            Deck deck,
            String language,
            ResourceBundle bundle,
            Fonts fonts,
            boolean rightToLeft)
            throws IOException {
        Color colour = card.support() == null ? NO_SUPPORT : SUPPORT_COLOURS.get(card.support());
        float left = area.getLowerLeftX() + INSET;
        float bottom = area.getLowerLeftY() + INSET;
        float width = area.getWidth() - 2 * INSET;
        float height = area.getHeight() - 2 * INSET;
        float top = bottom + height;

        // Frame in the support's colour, with a band of that colour at the top
        content.setStrokingColor(colour);
        content.setLineWidth(FRAME_WIDTH);
        content.addRect(left, bottom, width, height);
        content.stroke();
        content.setNonStrokingColor(colour);
        content.addRect(left, top - BAND_HEIGHT, width, BAND_HEIGHT);
        content.fill();

        // In the band: the kind at the start, the kind of support at the end, both in white
        float bandBaseline = top - BAND_HEIGHT + (BAND_HEIGHT - LABEL_SIZE * 0.72f) / 2;
        float innerLeft = left + PADDING;
        float innerWidth = width - 2 * PADDING;
        Direction reading = rightToLeft ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        String kindLabel = card.kind() == null
                ? ""
                : label(bundle, "card.kind." + card.kind().fileValue()).toUpperCase(bundle.getLocale());
        String support = card.support() == null
                ? ""
                : label(bundle, "support." + card.support().fileValue());
        Line kind = fonts.line(fonts.bold(), LABEL_SIZE, kindLabel, reading);
        float supportSpace = innerWidth - kind.width() - 2 * PADDING;
        Line supportShown = fonts.line(
                fonts.regular(),
                LABEL_SIZE,
                fonts.shorten(fonts.regular(), support, LABEL_SIZE, supportSpace),
                reading);
        drawAtEnds(content, Color.WHITE, innerLeft, innerWidth, bandBaseline, kind, supportShown, rightToLeft);

        // Footer: the deck's title at the start, the card's id (and a language mark) at the end
        float footerBaseline = bottom + (FOOTER_HEIGHT - SMALL_SIZE * 0.72f) / 2 + 1;
        boolean fallback = !card.text().containsKey(language);
        Line id = fonts.line(
                fonts.regular(),
                SMALL_SIZE,
                fallback ? card.id() + " " + label(bundle, "print.card.dutch-fallback") : card.id(),
                Direction.LEFT_TO_RIGHT);
        Line title = fonts.line(
                fonts.regular(),
                SMALL_SIZE,
                fonts.shorten(fonts.regular(), deck.titleIn(language), SMALL_SIZE, innerWidth - id.width() - PADDING),
                Direction.FROM_TEXT);
        drawAtEnds(content, MUTED, innerLeft, innerWidth, footerBaseline, title, id, rightToLeft);
        content.setStrokingColor(colour);
        content.setLineWidth(0.5f);
        content.moveTo(innerLeft, bottom + FOOTER_HEIGHT);
        content.lineTo(innerLeft + innerWidth, bottom + FOOTER_HEIGHT);
        content.stroke();

        // The card's text, as large as fits, centred vertically in the space between band and footer
        float textTop = top - BAND_HEIGHT - PADDING;
        float textBottom = bottom + FOOTER_HEIGHT + PADDING * 0.6f;
        String text = card.textIn(language);
        Fitted fitted = fit(fonts, text, innerWidth, textTop - textBottom);
        float lineHeight = fitted.size() * LINE_HEIGHT;
        float blockHeight = fitted.lines().size() * lineHeight;
        float firstBaseline = textTop - Math.max(0, (textTop - textBottom - blockHeight) / 2) - fitted.size() * 0.9f;
        // Every line of a text reads in the text's direction, also a line that starts with a word in another script.
        Direction textReading = PdfText.directionOf(text);
        for (int i = 0; i < fitted.lines().size(); i++) {
            fonts.line(fonts.regular(), fitted.size(), fitted.lines().get(i), textReading)
                    .drawAtStart(content, INK, innerLeft, innerWidth, firstBaseline - i * lineHeight);
        }
    }

    /** The first line at the start of the space, the second at its end: mirrored when the print reads right to left. */
    private static void drawAtEnds(
            PDPageContentStream content,
            Color colour,
            float left,
            float width,
            float baseline,
            Line first,
            Line second,
            boolean rightToLeft)
            throws IOException {
        Line atLeft = rightToLeft ? second : first;
        Line atRight = rightToLeft ? first : second;
        atLeft.draw(content, colour, left, baseline);
        atRight.draw(content, colour, left + width - atRight.width(), baseline);
    }

    private static String label(ResourceBundle bundle, String key) {
        return bundle.getString(key).replace("''", "'");
    }

    /** A text broken into lines at one font size. */
    record Fitted(float size, List<String> lines) {}

    /**
     * The largest font size, in steps of {@value #TEXT_SIZE_STEP} pt from {@value #MAX_TEXT_SIZE}
     * down to {@value #MIN_TEXT_SIZE}, at which the text fits the box; at the smallest size the text
     * is printed whole even if it should not fit (a deck's texts are at most 200 characters, which
     * fit well above it).
     */
    static Fitted fit(Fonts fonts, String text, float width, float height) throws IOException {
        for (float size = MAX_TEXT_SIZE; size >= MIN_TEXT_SIZE; size -= TEXT_SIZE_STEP) {
            List<String> lines = fonts.wrap(fonts.regular(), text, size, width);
            if (lines.size() * size * LINE_HEIGHT <= height) {
                return new Fitted(size, lines);
            }
        }
        return new Fitted(MIN_TEXT_SIZE, fonts.wrap(fonts.regular(), text, MIN_TEXT_SIZE, width));
    }
}
