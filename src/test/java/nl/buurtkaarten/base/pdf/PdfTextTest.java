package nl.buurtkaarten.base.pdf;

import static nl.buurtkaarten.base.pdf.VisualLines.reversed;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.buurtkaarten.base.pdf.PdfText.Direction;
import nl.buurtkaarten.base.pdf.PdfText.Fonts;
import nl.buurtkaarten.base.pdf.PdfText.Line;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names and texts in every script a parent may type print as typed, or as an honest sign. */
class PdfTextTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final float SIZE = 14;

    @Test
    void aNameOrTopicMarkedAsOneValueIsOneWordWhenLinesAreBroken() {
        assertThat(PdfText.units("Misschien kan " + PdfText.isolate("Олена Петренко") + " ook helpen met "
                        + PdfText.isolate("Допомога з переїздом") + "?"))
                .containsExactly(
                        "Misschien",
                        "kan",
                        "\u2068Олена Петренко\u2069",
                        "ook",
                        "helpen",
                        "met",
                        "\u2068Допомога з переїздом\u2069?");
    }

    @Test
    void everyLanguageOfTheAppAndGreekAndCyrillicPrintAsTypedInEmbeddedFonts() throws IOException {
        List<String> typed = List.of(
                "Zoë en Joost: één geëerde ruïne",
                "Who could help whom: anyone",
                "Şule, Ayşe, İlkay ve Ilgın: ğ ş ı İ ö ü ç",
                "Łukasz i Gąska: ł ż ź ą ę ć ń ó ś",
                "فاطمة ومحمد يساعدان الجيران",
                "Ελένη και Νίκος",
                "Олена і Дмитро");

        byte[] pdf = pdf(typed, Direction.FROM_TEXT);

        String text = NFKC.normalize(extracted(pdf));
        assertThat(text).contains(typed).doesNotContain("?", PdfText.MISSING);
        assertThat(fonts(pdf))
                .allSatisfy(
                        font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
                .anySatisfy(font -> assertThat(font.getName()).contains("LiberationSans"))
                .anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
        // Arabic reads from right to left on paper: the first word typed stands at the right.
        assertThat(VisualLines.of(pdf)).contains(reversed("فاطمة ومحمد يساعدان الجيران"));
    }

    @Test
    void arabicLettersAreJoinedAndTheLineRunsFromRightToLeft() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = PdfText.fonts(document);

            Line fatima = fonts.line(fonts.regular(), SIZE, "فاطمة", Direction.FROM_TEXT);
            Line la = fonts.line(fonts.regular(), SIZE, "لا", Direction.FROM_TEXT);

            // From left to right on paper: final tā' marbūṭa, medial mīm, initial ṭā', final alif, initial fā'.
            assertThat(fatima.text()).isEqualTo("\uFE94\uFEE4\uFEC3\uFE8E\uFED3");
            assertThat(fatima.rightToLeft()).isTrue();
            // lām and alif make one sign
            assertThat(la.text()).isEqualTo("\uFEFB");
        }
    }

    @Test
    void aLineMixingScriptsFollowsTheUnicodeBidiAlgorithm() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = PdfText.fonts(document);

            String dutch = plain(fonts.line(fonts.regular(), SIZE, "فاطمة kan محمد helpen", Direction.LEFT_TO_RIGHT));
            String arabic = plain(fonts.line(
                    fonts.regular(),
                    SIZE,
                    "يستطيع " + PdfText.isolate("Joost") + " مساعدة " + PdfText.isolate("Zoë (6)"),
                    Direction.RIGHT_TO_LEFT));
            String mixed = plain(fonts.line(fonts.regular(), SIZE, "Fatima (فاطمة) 06-12", Direction.FROM_TEXT));

            assertThat(dutch).isEqualTo(reversed("فاطمة") + " kan " + reversed("محمد") + " helpen");
            // A Latin name keeps its own order inside an Arabic sentence, brackets and all.
            assertThat(arabic).isEqualTo("Zoë (6) " + reversed("مساعدة") + " Joost " + reversed("يستطيع"));
            // Digits after Arabic letters count as Arabic numbers and read right to left as a group, each
            // number still left to right: "12-06", exactly as a phone's browser shows this name.
            assertThat(mixed).isEqualTo("Fatima (" + reversed("فاطمة") + ") 12-06");
        }
    }

    @Test
    void arabicVowelSignsStayOnTheirLetters() throws IOException {
        byte[] pdf = pdf(List.of("مُحَمَّد", "الحيّ", "معًا", "بِسْمِ"), Direction.FROM_TEXT);

        // drawn each just before its letter, so a viewer that reads in drawing order copies them right
        assertThat(VisualLines.of(pdf))
                .contains(reversed("مُحَمَّد"), reversed("الحيّ"), reversed("معًا"), reversed("بِسْمِ"));
        // PDFBox goes by position, and gets them right where the letter is wide enough to hold the mark
        assertThat(NFKC.normalize(extracted(pdf))).contains("مُحَمَّد", "الحيّ", "معًا");
    }

    @Test
    void anEmojiBecomesOneNeutralSignAndAnUncoveredLetterABox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = PdfText.fonts(document);

            assertThat(line(fonts, "Ayşe 🌷")).isEqualTo("Ayşe ♦");
            assertThat(line(fonts, "Sara 👩‍👧")).isEqualTo("Sara ♦");
            assertThat(line(fonts, "Joost 🇳🇱 1️⃣ 👍🏽")).isEqualTo("Joost ♦ ♦ ♦");
            // a sign with a plain black-and-white form prints as that form
            assertThat(line(fonts, "Anna ❤️ ☺ ©")).isEqualTo("Anna ❤ ☺ ©");
            // Chinese has no font here: one box per character, so the length still shows
            assertThat(line(fonts, "王芳 Wang")).isEqualTo("□□ Wang");
            assertThat(line(fonts, "สมชาย")).isEqualTo("□□□□□");
        }
    }

    @Test
    void measuringWrappingAndShorteningUseTheLettersThatArePrinted() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = PdfText.fonts(document);
            String text = "فاطمة (Fatima) ومحمد 06-12 Łukasz Şule Ελένη Олена 👩‍👧 王芳 الجيران يساعدون بعضهم";

            for (String piece : List.of(text, "Zoë", "فاطمة", "Sara 👩‍👧")) {
                assertThat(fonts.width(fonts.regular(), piece, SIZE))
                        .isEqualTo(fonts.line(fonts.regular(), SIZE, piece, Direction.FROM_TEXT)
                                .width());
            }
            List<String> lines = fonts.wrap(fonts.bold(), text, SIZE, 120);
            assertThat(lines).hasSizeGreaterThan(3);
            assertThat(String.join(" ", lines)).isEqualTo(text);
            for (String line : lines) {
                assertThat(fonts.line(fonts.bold(), SIZE, line, Direction.FROM_TEXT)
                                .width())
                        .isLessThanOrEqualTo(120);
            }
            String shortened = fonts.shorten(fonts.regular(), text, SIZE, 150);
            assertThat(shortened).endsWith("…");
            assertThat(text).startsWith(shortened.substring(0, shortened.length() - 1));
            assertThat(fonts.width(fonts.regular(), shortened, SIZE)).isLessThanOrEqualTo(150);
            // an emoji of several characters is never cut in two
            assertThat(fonts.wrap(fonts.regular(), "👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧", SIZE, 30))
                    .allSatisfy(line -> assertThat(line).matches("(👩‍👧)+"));
        }
    }

    @Test
    void aDutchOnlyPdfEmbedsOnlyLiberation() throws IOException {
        byte[] pdf = pdf(List.of("Koffieochtend in De Regenboog", "Zoë kan Joost helpen"), Direction.FROM_TEXT);

        assertThat(fonts(pdf))
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font.getName()).contains("LiberationSans"));
    }

    @Test
    void aPageToLookAt() throws IOException {
        byte[] pdf = pdf(
                List.of(
                        "Fatima (فاطمة) 06-12",
                        "فاطمة ومحمد يساعدان الجيران في الحيّ",
                        "مُحَمَّد  لا  لأ  معًا  بِسْمِ",
                        "Ayşe 🌷  Sara 👩‍👧  Łukasz  Zoë  Şule",
                        "Ελένη  Олена  王芳"),
                Direction.FROM_TEXT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path folder = Files.createDirectories(Path.of("target", "pdf-pages"));
            ImageIO.write(
                    image.getSubimage(0, 0, image.getWidth(), image.getHeight() / 4),
                    "png",
                    folder.resolve("pdf-text.png").toFile());
            assertThat(image.getWidth()).isPositive();
        }
    }

    private static String line(Fonts fonts, String text) throws IOException {
        return fonts.line(fonts.regular(), SIZE, text, Direction.FROM_TEXT).text();
    }

    /** The line as on paper, with joined Arabic forms back to letters. */
    private static String plain(Line line) {
        StringBuilder plain = new StringBuilder();
        line.text()
                .codePoints()
                .forEach(c -> plain.append(reversedIfLigature(NFKC.normalize(new String(Character.toChars(c))))));
        return plain.toString();
    }

    private static String reversedIfLigature(String letters) {
        return letters.length() > 1 && letters.charAt(0) >= 0x0600 ? reversed(letters) : letters;
    }

    /** A page with one line per text, right-aligned when the line reads from right to left. */
    private static byte[] pdf(List<String> texts, Direction direction) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            Fonts fonts = PdfText.fonts(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 60;
                for (String text : texts) {
                    fonts.line(fonts.regular(), 16, text, direction).drawAtStart(content, Color.BLACK, 50, 495, y);
                    y -= 30;
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String extracted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<EmbeddedFont> fonts(byte[] pdf) throws IOException {
        List<EmbeddedFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(new EmbeddedFont(font.getName(), font.isEmbedded()));
                }
            }
        }
        return fonts;
    }

    private record EmbeddedFont(String getName, boolean isEmbedded) {}
}
