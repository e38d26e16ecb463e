package nl.buurtkaarten.cards.print;

import static nl.buurtkaarten.base.pdf.VisualLines.reversed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ibm.icu.text.Normalizer2;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.pdf.PdfText;
import nl.buurtkaarten.base.pdf.VisualLines;
import nl.buurtkaarten.base.pdf.VisualLines.Placed;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.SupportKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeckPrinterTest {

    private static final Locale DUTCH = Locale.of("nl");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale ARABIC = Locale.of("ar");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static Deck realDeck;
    private final DeckPrinter printer = new DeckPrinter();

    @BeforeAll
    static void loadTheShippedDeck() {
        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(Path.of("cards"), null));
        realDeck = catalog.deck("buurt-starter").orElseThrow();
    }

    @Test
    void theWholeDeckOf24CardsFillsThreePagesOfEightCardsInEnglish() throws IOException {
        assertThat(realDeck.cards()).hasSize(24);

        byte[] pdf = printer.print(realDeck, List.of(), ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getPage(0).getMediaBox()).satisfies(box -> {
                assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            });
            String text = flat(new PDFTextStripper().getText(document));
            for (Card card : realDeck.cards()) {
                assertThat(text)
                        .as(card.id())
                        .contains(flat(card.text().get("en")))
                        .contains(card.id());
                assertThat(text).as(card.id()).doesNotContain(flat(card.text().get("nl")));
            }
            assertThat(text)
                    .contains("QUESTION", "STATEMENT", "SITUATION", "A listening ear", "Doing things together")
                    .contains(realDeck.titleIn("en"))
                    .doesNotContain("(NL)", "VRAAG");
            assertThat(pageText(document, 3)).contains("start-24").doesNotContain("start-16 ");
        }
    }

    @Test
    void inDutchTheCardsAndLabelsAreDutch() throws IOException {
        byte[] pdf = printer.print(realDeck, List.of("start-01"), DUTCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains(
                            flat(realDeck.cards().getFirst().textIn("nl")),
                            "VRAAG",
                            "Samen doen",
                            realDeck.titleIn("nl"));
            assertThat(text).doesNotContain("(NL)");
        }
    }

    @Test
    void aCardWithoutEnglishIsPrintedInDutchAndMarked() throws IOException {
        Deck deck = deck(
                card("vertaald", Map.of("nl", "Wat is jouw favoriete plek?", "en", "What is your favourite spot?")),
                card("alleen-nl", Map.of("nl", "Wie helpt er mee met de buurtbarbecue?")));

        String text = flat(text(printer.print(deck, List.of(), ENGLISH)));

        assertThat(text)
                .contains("What is your favourite spot?", "Wie helpt er mee met de buurtbarbecue?")
                .doesNotContain("Wat is jouw favoriete plek?")
                .contains("alleen-nl (NL)")
                .doesNotContain("vertaald (NL)");
    }

    @Test
    void threeChosenCardsPrintExactlyThoseThreeOnOnePage() throws IOException {
        List<String> chosen = List.of("start-20", "start-03", "start-11");

        byte[] pdf = printer.print(realDeck, chosen, ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = flat(new PDFTextStripper().getText(document));
            for (Card card : realDeck.cards()) {
                if (chosen.contains(card.id())) {
                    assertThat(text).as(card.id()).contains(card.id(), flat(card.textIn("en")));
                } else {
                    assertThat(text).as(card.id()).doesNotContain(card.id() + " ", flat(card.textIn("en")));
                }
            }
            // in the deck's order: start-03 takes the first place
            assertThat(cardText(document.getPage(0), 0)).contains("start-03");
        }
    }

    @Test
    void unknownCardIdsAreRefusedByName() {
        assertThatThrownBy(() -> printer.print(realDeck, List.of("start-01", "bestaat-niet", "ook-niet"), ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bestaat-niet")
                .hasMessageContaining("ook-niet")
                .hasMessageNotContaining("start-01");
    }

    @Test
    void aDeckWithoutCardsIsRefused() {
        assertThatThrownBy(() -> printer.print(deck(), List.of(), ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void turkishAndPolishLettersComeOutAsWrittenInAnEmbeddedFont() throws IOException {
        String turkish = "Ayşe'nin oğlu ılık çayı İzmir'de içer: ğ ş ı İ ö ü ç";
        String polish = "Łukasz źle żegna się z Gąską: ł ż ź ą ę ć ń ó ś";
        Deck deck = deck(
                card("tr", Map.of("nl", "Nederlands: é ë ï ü", "tr", turkish)),
                card("pl", Map.of("nl", "Nederlands: één, geëerd", "en", polish)));

        byte[] inTurkish = printer.print(deck, List.of("tr"), Locale.of("tr"));
        byte[] inEnglish = printer.print(deck, List.of(), ENGLISH);

        assertThat(flat(text(inTurkish))).contains(turkish);
        assertThat(flat(text(inEnglish))).contains(polish, "Nederlands: é ë ï ü", "tr (NL)");
        try (PDDocument document = Loader.loadPDF(inEnglish)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void anArabicCardIsJoinedReadsFromTheRightAndHasArabicMirroredLabels() throws IOException {
        Card first = realDeck.cards().getFirst();
        String arabic = first.textIn("ar");

        byte[] pdf = printer.print(realDeck, List.of(first.id()), ARABIC);

        // Compared without the vowel signs: PDFBox's text extraction may give a shadda to the letter beside
        // the one it is drawn on (see the fonts decision); the letters themselves must all be there in order.
        assertThat(withoutMarks(NFKC.normalize(flat(text(pdf)))))
                .contains(
                        withoutMarks(flat(arabic)),
                        "سؤال",
                        withoutMarks("القيام بأشياء معًا"),
                        withoutMarks(realDeck.titleIn("ar")),
                        first.id())
                .doesNotContain("?", "(NL)");
        List<Placed> lines = VisualLines.placed(pdf);
        // the band: kind of support at the left, the kind of card at the right, as Arabic reads
        assertThat(lines).extracting(Placed::text).contains(reversed("القيام بأشياء معًا") + reversed("سؤال"));
        // every line of the card's text ends at the right edge of the card's inside; the text reads from there
        List<Placed> textLines = lines.stream()
                .filter(line -> reversed(flat(arabic)).contains(line.text().strip()))
                .toList();
        assertThat(textLines).hasSizeGreaterThan(1);
        float right = textLines.getFirst().right();
        assertThat(textLines).allSatisfy(line -> assertThat(line.right()).isCloseTo(right, within(1f)));
        assertThat(textLines.getFirst().left()).isNotCloseTo(textLines.getLast().left(), within(1f));
        assertThat(right).isGreaterThan(DeckPrinter.cardArea(0).getUpperRightX() - 30);
        assertThat(fontNames(pdf)).anySatisfy(name -> assertThat(name).contains("DejaVuSans"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path folder = Files.createDirectories(Path.of("target", "pdf-pages"));
            ImageIO.write(
                    image.getSubimage(0, 0, image.getWidth() / 2, image.getHeight() / 4),
                    "png",
                    folder.resolve("deck-ar.png").toFile());
        }
    }

    @Test
    void aCardTextInAnyScriptPrintsAsWrittenAndAnEmojiAsOneSign() throws IOException {
        String arabic = "هل تعرف مجموعة WhatsApp للحيّ؟ انضمّ إليها مع 3 جيران";
        Deck deck = deck(
                card("ar", Map.of("nl", "Kennen jullie de buurtapp?", "ar", arabic)),
                card("emoji", Map.of("nl", "Wie neemt taart mee 🎂 naar het feest 👨‍👩‍👧?")),
                card("grieks", Map.of("nl", "Ελένη en Олена zeggen hallo")));

        String inArabic = NFKC.normalize(flat(text(printer.print(deck, List.of("ar"), ARABIC))));
        String inDutch = NFKC.normalize(flat(text(printer.print(deck, List.of("emoji", "grieks"), DUTCH))));

        assertThat(inArabic).contains("WhatsApp", flat("هل تعرف مجموعة"), flat("للحيّ؟ انضمّ إليها مع 3 جيران"));
        // On paper the Arabic sentence starts at the right; the Latin word stands to the left of the words before it.
        assertThat(VisualLines.of(printer.print(deck, List.of("ar"), ARABIC)))
                .contains("WhatsApp " + reversed("هل تعرف مجموعة"), reversed("للحيّ؟ انضمّ إليها مع 3 جيران"));
        assertThat(inDutch).contains("Wie neemt taart mee ♦ naar het feest ♦?", "Ελένη en Олена zeggen hallo");
        assertThat(inDutch.replace("feest ♦?", "")).doesNotContain("?");
    }

    @Test
    void aTextOf200CharactersIsPrintedWholeInsideItsCard() throws IOException {
        String longText =
                "Begin. " + "Wat doe je als de kinderen van de buren elke avond laat nog buiten spelen? ".repeat(3);
        longText = longText.substring(0, 193) + " Einde.";
        assertThat(longText).hasSize(200);
        Deck deck = deck(card("lang", Map.of("nl", longText)), card("kort", Map.of("nl", "Kort.")));

        try (PDDocument document = Loader.loadPDF(printer.print(deck, List.of(), DUTCH))) {
            PDPage page = document.getPage(0);
            assertThat(flat(cardText(page, 0))).contains(flat(longText));
            assertThat(cardText(page, 1)).doesNotContain("Begin", "Einde");
            assertThat(cardText(page, 2)).isBlank();
        }
    }

    @Test
    void longTextsShrinkStepByStepButShortOnesStayLarge() throws IOException {
        try (PDDocument document = new PDDocument()) {
            var fonts = PdfText.fonts(document);
            DeckPrinter.Fitted shortText = DeckPrinter.fit(fonts, "Wie ben jij?", 230, 120);
            DeckPrinter.Fitted longText = DeckPrinter.fit(fonts, "woord ".repeat(40), 230, 120);
            DeckPrinter.Fitted oneLongWord = DeckPrinter.fit(fonts, "x".repeat(200), 230, 120);

            assertThat(shortText.size()).isEqualTo(DeckPrinter.MAX_TEXT_SIZE);
            assertThat(shortText.lines()).containsExactly("Wie ben jij?");
            assertThat(longText.size())
                    .isLessThan(DeckPrinter.MAX_TEXT_SIZE)
                    .isGreaterThanOrEqualTo(DeckPrinter.MIN_TEXT_SIZE);
            assertThat(String.join("", oneLongWord.lines())).isEqualTo("x".repeat(200));
            for (String line : oneLongWord.lines()) {
                assertThat(fonts.width(fonts.regular(), line, oneLongWord.size()))
                        .isLessThanOrEqualTo(230);
            }
        }
    }

    @Test
    void theFirstPageRendersWithColouredCards() throws IOException {
        try (PDDocument document = Loader.loadPDF(printer.print(realDeck, List.of(), DUTCH))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 50);
            long coloured = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                        coloured++;
                    }
                }
            }
            assertThat(coloured).isGreaterThan(1000);
        }
    }

    /** The text within the card in the given place on the page. */
    private static String cardText(PDPage page, int slot) throws IOException {
        PDRectangle area = DeckPrinter.cardArea(slot);
        float pageHeight = page.getMediaBox().getHeight();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion(
                "card",
                new Rectangle2D.Float(
                        area.getLowerLeftX(), pageHeight - area.getUpperRightY(), area.getWidth(), area.getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("card");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(document));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    /** All white space as single spaces, since the PDF breaks texts into lines. */
    private static String withoutMarks(String text) {
        return text.replaceAll("[\\u064B-\\u0652\\u0670]", "");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Deck deck(Card... cards) {
        return new Deck("proef", 1, Map.of("nl", "Proefset", "en", "Test deck"), Map.of(), "", List.of(cards));
    }

    private static Card card(String id, Map<String, String> text) {
        return new Card("proef", id, CardKind.QUESTION, "kennismaken", SupportKind.EMOTIONAL, text, Map.of(), null);
    }
}
