package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.summary.MeetingSummary;
import nl.buurtkaarten.summary.NetworkPicture;
import nl.buurtkaarten.summary.SuggestedMatch;
import nl.buurtkaarten.summary.SummaryTexts;
import nl.buurtkaarten.support.SupportItem;
import org.springframework.modulith.NamedInterface;

/**
 * "Who could support whom" for the whole group, on the projector and in the control view: the
 * network picture, the figures, the suggested matches with their reasons and the requests still
 * open. Nicknames only; never contact details.
 */
@NamedInterface("ui")
public class SummaryDisplay extends Div {

    private final int maxListed;

    public SummaryDisplay(int maxListed) {
        this.maxListed = maxListed;
        addClassName("bk-summary");
    }

    public void show(MeetingSummary summary) {
        removeAll();
        H2 title = new H2(getTranslation("summary.title"));
        title.addClassName("bk-summary-title");
        Div figures = new Div(
                figure(summary.offers(), "summary.figure.offers"),
                figure(summary.requests(), "summary.figure.requests"),
                figure(summary.topicMatches().size(), "summary.figure.matches"));
        if (!summary.suggestions().isEmpty()) {
            figures.add(figure(summary.suggestions().size(), "summary.figure.suggestions"));
        }
        figures.add(figure(summary.givingAndReceivingPercent(), "summary.figure.giving-and-receiving"));
        figures.addClassName("bk-summary-figures");
        String svg = NetworkPicture.svg(summary, getTranslation("summary.picture"));
        Image picture = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("summary.picture"));
        picture.addClassName("bk-summary-picture");
        Div legend = new Div();
        legend.addClassName("bk-summary-legend");
        for (SupportKind kind : SupportKind.values()) {
            Span swatch = new Span();
            swatch.addClassName("bk-summary-swatch");
            swatch.getStyle().set("background", NetworkPicture.colour(kind));
            legend.add(new Span(swatch, new Span(getTranslation("support." + kind.fileValue()))));
        }
        if (!summary.suggestions().isEmpty()) {
            Span dashes = new Span();
            dashes.addClassName("bk-summary-swatch");
            dashes.addClassName("bk-summary-swatch-suggestion");
            dashes.getStyle()
                    .set("background", "none")
                    .set("height", "0")
                    .set("width", "22px")
                    .set("border-top", "3px dashed #4a5259");
            Span suggestion = new Span(dashes, new Span(getTranslation("summary.legend.suggestion")));
            suggestion.addClassName("bk-summary-legend-suggestion");
            legend.add(suggestion);
        }
        Div pictureBox = new Div(picture, legend);
        pictureBox.addClassName("bk-summary-picture-box");

        UnorderedList matches = new UnorderedList();
        matches.addClassName("bk-summary-matches");
        summary.matches().stream().limit(maxListed).forEach(match -> matches.add(matchItem(match)));
        if (summary.matches().isEmpty()) {
            matches.add(new ListItem(getTranslation("summary.no-matches")));
        } else if (summary.matches().size() > maxListed) {
            matches.add(new ListItem(
                    getTranslation("summary.more-matches", summary.matches().size() - maxListed)));
        }
        Div lists = new Div(new H3(getTranslation("summary.matches")), matches, openRequests(summary));
        lists.addClassName("bk-summary-lists");
        Div body = new Div(pictureBox, lists);
        body.addClassName("bk-summary-body");
        add(title, figures, body);
    }

    private ListItem matchItem(SuggestedMatch match) {
        ListItem item = new ListItem();
        item.addClassName("bk-summary-match");
        item.getElement().setAttribute("data-support", match.offer().kind().fileValue());
        if (match.suggestion()) {
            item.addClassName("bk-summary-suggestion");
        }
        Span who = new Span(SummaryTexts.pair(this::getTranslation, match));
        who.addClassName("bk-summary-match-who");
        Span why = new Span(SummaryTexts.reasons(this::getTranslation, match.reasons()));
        why.addClassName("bk-summary-match-why");
        item.add(CardDisplay.supportIcon(match.offer().kind()), who, why);
        return item;
    }

    private Div openRequests(MeetingSummary summary) {
        Div open = new Div();
        open.addClassName("bk-summary-open");
        if (summary.openRequests().isEmpty()) {
            return open;
        }
        open.add(new H3(getTranslation("summary.open", summary.openRequests().size())));
        Set<String> topics = new LinkedHashSet<>();
        for (SupportItem request : summary.openRequests()) {
            topics.add(SummaryTexts.topic(this::getTranslation, request).toLowerCase(Locale.ROOT));
        }
        open.add(new Paragraph(String.join(", ", topics)));
        Set<String> pointers = new LinkedHashSet<>();
        for (SupportItem request : summary.openRequests()) {
            pointers.add(getTranslation("formal-help." + request.topic().name().toLowerCase(Locale.ROOT)));
        }
        Paragraph help = new Paragraph(getTranslation("summary.formal-help") + " " + String.join(" ", pointers));
        help.addClassName("bk-summary-formal-help");
        open.add(help);
        return open;
    }

    private Div figure(int value, String key) {
        Span number = new Span(String.valueOf(value) + ("summary.figure.giving-and-receiving".equals(key) ? "%" : ""));
        number.addClassName("bk-summary-figure-number");
        Span label = new Span(getTranslation(key, value));
        label.addClassName("bk-summary-figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("bk-summary-figure");
        return figure;
    }
}
