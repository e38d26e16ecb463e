package nl.buurtkaarten.summary;

import static nl.buurtkaarten.base.pdf.VisualLines.reversed;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nl.buurtkaarten.base.pdf.VisualLines;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Translations;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.Topic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator's PDF holds the expected pairs and open requests, and no contact details; every
 * name and topic prints as typed, in any of the parents' languages.
 */
@SpringBootTest
@ActiveProfiles("test")
class SummaryPdfTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    SummaryService summaries;

    @Autowired
    ContactService contacts;

    @Test
    void thePdfListsThePairsAndOpenRequestsButNoContactDetails() throws IOException {
        Meeting meeting = given.evening("pdf-owner", "Koffieochtend De Regenboog");
        Joined amina = given.join(meeting, "Amina");
        Joined joost = given.join(meeting, "Joost");
        Joined sam = given.join(meeting, "Sam");
        given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        given.request(sam, Topic.LISTENING_EAR);
        contacts.share(meeting.id(), amina.token(), joost.participant().id(), "06 55512345");
        contacts.share(meeting.id(), joost.token(), amina.participant().id(), "joost@buurtmail.nl");

        String dutch =
                text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.forLanguageTag("nl")));
        assertThat(dutch)
                .contains(
                        "Koffieochtend De Regenboog",
                        "Wie kan wie helpen?",
                        "Amina kan Joost helpen met oppassen",
                        "1 vraag is nog open",
                        "Sam: Een luisterend oor");
        assertThat(dutch).doesNotContain("06 55512345", "joost@buurtmail.nl");

        String english = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.ENGLISH));
        assertThat(english).contains("Who could help whom?", "Amina could help Joost with babysitting");
    }

    @Test
    void everyNameAndTopicPrintsAsTypedInEveryLanguageOfTheParents() throws IOException {
        Meeting meeting = given.evening("pdf-scripts", "Koffieochtend Zoë & فاطمة");
        Joined fatima = given.join(meeting, "فاطمة");
        Joined mohammed = given.join(meeting, "محمد");
        Joined zoe = given.join(meeting, "Zoë");
        Joined lukasz = given.join(meeting, "Łukasz");
        Joined sule = given.join(meeting, "Şule");
        Joined ayse = given.join(meeting, "Ayşe 🌷");
        Joined sara = given.join(meeting, "Sara 👩‍👧");
        Joined eleni = given.join(meeting, "Ελένη");
        Joined olena = given.join(meeting, "Олена");
        Joined mixed = given.join(meeting, "Fatima (فاطمة) 06-12");
        String forms = "مساعدة في الأوراق";
        given.inOwnWords(fatima, Direction.OFFER, forms);
        given.inOwnWords(mohammed, Direction.REQUEST, forms);
        given.offer(zoe, Topic.HOMEWORK);
        given.request(lukasz, Topic.HOMEWORK);
        given.inOwnWords(sule, Direction.OFFER, "Çocuklara yüzme öğretmek");
        given.inOwnWords(ayse, Direction.REQUEST, "Çocuklara yüzme öğretmek");
        given.inOwnWords(sara, Direction.REQUEST, "Fietsles voor mijn dochter 🚲");
        given.inOwnWords(lukasz, Direction.REQUEST, "Pomoc przy przeprowadzce, źle z czasem");
        given.inOwnWords(eleni, Direction.REQUEST, "Βοήθεια με τα ψώνια");
        given.inOwnWords(olena, Direction.REQUEST, "Допомога з переїздом");
        given.inOwnWords(mixed, Direction.REQUEST, "Hulp bij de brief van de gemeente (مساعدة)");
        MeetingSummary summary = summaries.summary(meeting.id());

        for (Locale language : Locales.PARENT) {
            byte[] pdf = SummaryPdf.write(summary, meeting.title(), language);
            String text = text(pdf);
            assertThat(text)
                    .as(language.toLanguageTag())
                    .contains(
                            "Koffieochtend Zoë & فاطمة",
                            "فاطمة",
                            "محمد",
                            "Zoë",
                            "Łukasz",
                            "Şule",
                            "Ελένη",
                            "Олена",
                            forms,
                            "Çocuklara yüzme öğretmek",
                            "Pomoc przy przeprowadzce, źle z czasem",
                            "Βοήθεια με τα ψώνια",
                            "Допомога з переїздом",
                            "Fietsles voor mijn dochter ♦")
                    // an emoji is one neutral sign, a family of two people too
                    .contains("Ayşe ♦", "Sara ♦")
                    .doesNotContain("🌷", "👩", "🚲");
            // "?" only where the PDF itself asks a question (its title, each suggestion), never for a letter or emoji
            long asked = count(label("summary.title", language), "?")
                    + summary.suggestions().size() * count(label("summary.suggestion", language), "?");
            assertThat(count(text, "?")).as(language.toLanguageTag()).isEqualTo(asked);
            assertEveryFontIsEmbedded(pdf);
        }
        // Two Arabic parents stay apart on paper: in a Dutch sentence each name keeps its place, read
        // from right to left, and so does an Arabic topic; in an Arabic sentence a Dutch name keeps its own.
        byte[] dutch = SummaryPdf.write(summary, meeting.title(), Locales.DUTCH);
        assertThat(VisualLines.of(dutch))
                .contains(
                        reversed("فاطمة") + " kan " + reversed("محمد") + " helpen met " + reversed(forms),
                        "Zoë kan Łukasz helpen met huiswerk");
        byte[] arabic = SummaryPdf.write(summary, meeting.title(), Locales.ARABIC);
        assertThat(VisualLines.of(arabic))
                .contains(reversed(label("topic.homework", Locales.ARABIC)) + " " + reversed("في") + " Łukasz "
                        + reversed("مساعدة") + " Zoë " + reversed("يستطيع"));
        render(dutch, "summary-scripts-nl.png");
        render(arabic, "summary-scripts-ar.png");
    }

    @Test
    void anArabicSummaryReadsFromTheRightWithArabicLabels() throws IOException {
        Meeting meeting = given.evening("pdf-arabic", "لقاء الحيّ");
        Joined fatima = given.join(meeting, "فاطمة");
        Joined joost = given.join(meeting, "Joost");
        given.offer(fatima, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        MeetingSummary summary = summaries.summary(meeting.id());

        byte[] arabic = SummaryPdf.write(summary, meeting.title(), Locales.ARABIC);
        byte[] dutch = SummaryPdf.write(summary, meeting.title(), Locales.DUTCH);

        String title = label("summary.title", Locales.ARABIC);
        assertThat(text(arabic)).contains(title, "لقاء الحيّ", "فاطمة", "Joost").doesNotContain("Wie kan wie helpen");
        // The Arabic title stands against the right margin, the Dutch one against the left.
        assertThat(half(arabic, false)).contains(title).doesNotContain("Joost");
        assertThat(half(arabic, true)).doesNotContain(title);
        assertThat(half(dutch, true)).contains("Wie kan wie helpen?");
        assertThat(half(dutch, false)).doesNotContain("Wie kan wie helpen?");
        try (PDDocument document = Loader.loadPDF(arabic)) {
            // a screen reader reads it as Arabic
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
        BufferedImage page = render(arabic, "summary-ar.png");
        BufferedImage dutchPage = render(dutch, "summary-nl.png");
        // the title's ink, at the height of the second line, is at the right in Arabic and at the left in Dutch
        assertThat(inkCentre(page, 0.105, 0.13)).isGreaterThan(0.6);
        assertThat(inkCentre(dutchPage, 0.105, 0.13)).isLessThan(0.4);
    }

    @Test
    void thePdfSaysPietOnlyMightHelpMehmetAndSaysTimesAsPeopleSayThem() throws IOException {
        Meeting meeting = given.evening("pdf-owner", "Buurtavond");
        Joined piet = given.join(meeting, "Piet");
        Joined mehmet = given.join(meeting, "Mehmet");
        Joined amina = given.join(meeting, "Amina");
        Joined joost = given.join(meeting, "Joost");
        given.offer(piet, Topic.HOMEWORK);
        given.request(mehmet, Topic.LANGUAGE_AND_FORMS);
        Set<Slot> everyEvening = Arrays.stream(DayOfWeek.values())
                .map(day -> new Slot(day, PartOfDay.EVENING))
                .collect(Collectors.toSet());
        given.add(amina, new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, everyEvening, null, null));
        given.request(joost, Topic.BABYSITTING);

        String dutch =
                text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.forLanguageTag("nl")));
        assertThat(dutch)
                .contains(
                        "Piet helpt met huiswerk. Misschien kan Piet Mehmet ook helpen met taal en formulieren?",
                        "ander onderwerp, wel allebei advies en informatie",
                        "Amina kan Joost helpen met oppassen",
                        "het kan elke avond",
                        "1 koppel",
                        "1 idee");
        assertThat(dutch).doesNotContain("Piet kan Mehmet helpen", "ma-avond");
        // The real pair is listed before the idea.
        assertThat(dutch.indexOf("Amina kan Joost")).isLessThan(dutch.indexOf("Piet helpt met huiswerk"));

        String english = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.ENGLISH));
        assertThat(english)
                .contains(
                        "Piet helps with homework. Maybe Piet could also help Mehmet with language and forms?",
                        "can be every evening")
                .doesNotContain("Piet could help Mehmet", "!");
    }

    private static long count(String text, String part) {
        return text.isEmpty() ? 0 : (text.length() - text.replace(part, "").length()) / part.length();
    }

    private static String label(String key, Locale language) {
        return NFKC.normalize(new Translations().getTranslation(key, language));
    }

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** The text as a reader would copy it: Arabic presentation forms back to letters, white space as single spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return NFKC.normalize(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
        }
    }

    /** The text in the left or right half of the first page's upper part. */
    private static String half(byte[] pdf, boolean left) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            float width = page.getMediaBox().getWidth();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("half", new Rectangle2D.Float(left ? 0 : width / 2, 0, width / 2, 120));
            stripper.extractRegions(page);
            return NFKC.normalize(stripper.getTextForRegion("half")).replaceAll("\\s+", " ");
        }
    }

    private static void assertEveryFontIsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    /** The first page as a picture, also kept in target/pdf-pages/ to look at. */
    private static BufferedImage render(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path folder = Files.createDirectories(Path.of("target", "pdf-pages"));
            ImageIO.write(image, "png", folder.resolve(name).toFile());
            return image;
        }
    }

    /** Where the dark pixels between two heights (fractions of the page) lie on average, 0 left to 1 right. */
    private static double inkCentre(BufferedImage image, double from, double to) {
        long sum = 0;
        long count = 0;
        for (int y = (int) (image.getHeight() * from); y < image.getHeight() * to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    sum += x;
                    count++;
                }
            }
        }
        assertThat(count).as("ink between " + from + " and " + to).isGreaterThan(50);
        return (double) sum / count / image.getWidth();
    }
}
