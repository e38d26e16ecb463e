package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The downloads a facilitator and a content editor get from real browsers: the printable PDF and a deck's zip. */
class DeckToolsIT extends BrowserTest {

    @Test
    void aDeckPrintsAsPdfAndExportsAsZip() throws IOException {
        Page page = chromium.page(1366, 768);
        signIn(page, "print");
        assertThat(page.locator(".bk-print-cards")).isVisible();

        Download pdf = page.waitForDownload(() -> page.locator(".bk-download").click());
        Path pdfFile = dataDir.resolve("cards.pdf");
        pdf.saveAs(pdfFile);
        try (PDDocument document = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).isNotBlank();
        }
        Chromium.screenshot(page, "print-1366x768");

        page.navigate(app.url("editor"));
        assertThat(page.locator(".bk-editor-grid")).isVisible();
        Download zip =
                page.waitForDownload(() -> page.locator(".bk-editor-export").click());
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip.path()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).anyMatch(name -> name.endsWith("/deck.yaml"));
        Chromium.screenshot(page, "editor-1366x768");
    }
}
