package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.summary.SummaryPdf;
import nl.buurtkaarten.summary.SummaryService;
import org.springframework.modulith.NamedInterface;

/**
 * Who could support whom, on the facilitator's control view, for their eyes and for export (a CSV
 * file, and a PDF in each language the phones offer); no contact details.
 */
@NamedInterface("ui")
public class SummarySection extends Details {

    private final SummaryService summaries;
    private final Meeting meeting;
    private final SummaryDisplay summaryDisplay = new SummaryDisplay(500);
    private SummaryNow shownSummary;

    public SummarySection(SummaryService summaries, Meeting meeting) {
        this.summaries = summaries;
        this.meeting = meeting;
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = SummaryCsv.write(this, summaries.summary(meeting.id()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "buurtkaarten-" + meeting.joinCode() + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("control.summary.csv"));
        csv.addClassName("bk-summary-csv");
        Div downloads = new Div(csv);
        // The summary on paper in each language the phones offer, for the parents of a mixed group.
        Locales.PARENT.forEach(locale -> downloads.add(pdf(locale.getLanguage())));
        downloads.addClassName("bk-summary-downloads");
        setSummaryText(getTranslation("control.summary.title"));
        add(new Div(downloads, summaryDisplay));
        addClassName("bk-control-summary-section");
        addOpenedChangeListener(opened -> refreshSummary());
    }

    private Anchor pdf(String language) {
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = SummaryPdf.write(
                            summaries.summary(meeting.id()), meeting.title(), Locales.forLanguage(language));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "buurtkaarten-" + meeting.joinCode() + "-" + language + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("control.summary.pdf", getTranslation("language." + language)));
        pdf.addClassName("bk-summary-pdf-" + language);
        return pdf;
    }

    /** The meeting's summary as it stands; drawn only while open, and only when it changed. */
    public void show(SummaryNow now) {
        if (!now.equals(shownSummary)) {
            shownSummary = now;
            refreshSummary();
        }
    }

    /** While open, the summary follows every change: a parent who leaves or deletes their data leaves it at once. */
    private void refreshSummary() {
        if (isOpened() && shownSummary != null) {
            summaryDisplay.show(shownSummary.summary());
        }
    }
}
