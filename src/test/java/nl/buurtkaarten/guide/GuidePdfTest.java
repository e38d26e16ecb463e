package nl.buurtkaarten.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The printable guide, read back with PDFBox's text extraction as a screen reader or search would. */
class GuidePdfTest {

    private final GuideLibrary library = new GuideLibrary(new BuurtkaartenProperties(Path.of("cards"), null));

    @Test
    void theDutchGuidePrintsOnA4WithTheGroundRulesAndTheVeiligThuisBlockOnItsOwnPage() throws IOException {
        Guide guide = library.find("nl").orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(GuidePdf.write(guide))) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 8);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, Offset.offset(0.5f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Gids voor de gespreksleider");
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all)
                    .contains(
                            "Gids voor de gespreksleider",
                            "Passen mag altijd.",
                            "VOORLEZEN",
                            "Groepen met verschillende talen",
                            "Pagina 1 van " + pdf.getNumberOfPages());
            int safetyPage = pageWith(pdf, "ALLEEN VOOR DE GESPREKSLEIDER");
            String safety = textOf(pdf, safetyPage);
            assertThat(safety)
                    .contains(
                            "Als een ouder vertelt over geweld of misbruik",
                            "Veilig Thuis",
                            "0800-2000",
                            "24 uur per dag",
                            "112");
            assertThat(textOf(pdf, safetyPage - 1)).doesNotContain("0800-2000");
            assertThat(textOf(pdf, safetyPage)).as("nothing else on that page").doesNotContain("Een reeks avonden");
        }
    }

    @Test
    void theEnglishGuidePrintsToo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(GuidePdf.write(library.find("en").orElseThrow()))) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all)
                    .contains(
                            "Guide for the facilitator",
                            "You can always pass.",
                            "FOR THE FACILITATOR ONLY",
                            "0800-2000",
                            "Page 1 of ");
        }
    }

    private static int pageWith(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (textOf(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("No page with " + text);
    }

    private static String textOf(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
