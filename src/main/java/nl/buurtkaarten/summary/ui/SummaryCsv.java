package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.Component;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.buurtkaarten.summary.MeetingSummary;
import nl.buurtkaarten.summary.SuggestedMatch;
import nl.buurtkaarten.summary.SummaryTexts;
import nl.buurtkaarten.support.SupportItem;

/**
 * The summary as CSV for the facilitator: one row per suggested pair and per open request, with
 * nicknames and reasons in words; never contact details. The last two columns say whether a pair is
 * on the asked topic or only an idea (same kind of support, another topic), and what the helper
 * really offered. Semicolons and a byte-order mark, so that a Dutch spreadsheet opens it as it is.
 */
final class SummaryCsv {

    private SummaryCsv() {}

    static byte[] write(Component context, MeetingSummary summary) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(
                csv,
                List.of(
                        context.getTranslation("csv.helper"),
                        context.getTranslation("csv.receiver"),
                        context.getTranslation("csv.topic"),
                        context.getTranslation("csv.kind"),
                        context.getTranslation("csv.why"),
                        context.getTranslation("summary.csv.fit"),
                        context.getTranslation("summary.csv.offer")));
        for (SuggestedMatch match : summary.matches()) {
            row(
                    csv,
                    List.of(
                            match.helper().nickname(),
                            match.receiver().nickname(),
                            SummaryTexts.topic(context::getTranslation, match.request()),
                            context.getTranslation(
                                    "support." + match.offer().kind().fileValue()),
                            SummaryTexts.reasons(context::getTranslation, match.reasons()),
                            SummaryTexts.fit(context::getTranslation, match),
                            SummaryTexts.topic(context::getTranslation, match.offer())));
        }
        for (SupportItem request : summary.openRequests()) {
            String receiver = summary.participants().stream()
                    .filter(participant -> participant.id() == request.participantId())
                    .map(participant -> participant.nickname())
                    .findFirst()
                    .orElse("");
            row(
                    csv,
                    List.of(
                            "",
                            receiver,
                            SummaryTexts.topic(context::getTranslation, request),
                            context.getTranslation("support." + request.kind().fileValue()),
                            context.getTranslation("csv.open"),
                            "",
                            ""));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells.stream().map(SummaryCsv::cell).toList()))
                .append("\r\n");
    }

    /** Quotes every cell, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
