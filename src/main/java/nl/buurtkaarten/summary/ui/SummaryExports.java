package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.Component;
import nl.buurtkaarten.summary.MeetingSummary;

/** The summary's downloads, in the words of the viewer's language. */
public final class SummaryExports {

    private SummaryExports() {}

    public static byte[] csv(Component context, MeetingSummary summary) {
        return SummaryCsv.write(context, summary);
    }
}
