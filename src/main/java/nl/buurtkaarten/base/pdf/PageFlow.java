package nl.buurtkaarten.base.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writing a PDF from top to bottom, starting a new page when the current one is full: the part the
 * app's documents (the summary, the guide) share. {@link #y} is where the next line goes.
 */
public abstract class PageFlow {

    protected final PDDocument document;
    private final PDRectangle size;
    private final float margin;
    protected PDPageContentStream content;
    protected float y;

    protected PageFlow(PDDocument document, PDRectangle size, float margin) throws IOException {
        this.document = document;
        this.size = size;
        this.margin = margin;
        newPage();
    }

    /** Starts a new page when less than {@code needed} points are left above the bottom margin. */
    protected final void room(float needed) throws IOException {
        if (y - needed < margin) {
            newPage();
        }
    }

    protected final void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - margin;
    }

    public void gap(float points) {
        y -= points;
    }

    /** Ends the page being written; the document can then be saved. */
    public void finish() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
