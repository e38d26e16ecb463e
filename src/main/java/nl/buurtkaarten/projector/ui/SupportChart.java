package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.support.SupportCounts;

/** Offers and requests per kind of support on the projector: counted bars, never names. */
class SupportChart extends Div {

    SupportChart() {
        addClassName("bk-support-chart");
    }

    void show(Map<SupportKind, SupportCounts> counts) {
        removeAll();
        int offers = counts.values().stream().mapToInt(SupportCounts::offers).sum();
        int requests =
                counts.values().stream().mapToInt(SupportCounts::requests).sum();
        // Nothing offered or asked yet: the chart leaves its room on the projector to who joined.
        setVisible(offers + requests > 0);
        Paragraph title = new Paragraph(getTranslation("projector.support.title", offers, requests));
        title.addClassName("bk-support-chart-title");
        add(title);
        int max = Math.max(
                1,
                counts.values().stream()
                        .mapToInt(count -> Math.max(count.offers(), count.requests()))
                        .max()
                        .orElse(1));
        for (SupportKind kind : SupportKind.values()) {
            SupportCounts count = counts.get(kind);
            Div row = new Div();
            row.addClassName("bk-support-chart-row");
            row.getElement().setAttribute("data-support", kind.fileValue());
            Span label =
                    new Span(CardDisplay.supportIcon(kind), new Span(getTranslation("support." + kind.fileValue())));
            label.addClassName("bk-support-chart-label");
            row.add(
                    label,
                    bar("offer", count.offers(), max, "projector.support.offers"),
                    bar("request", count.requests(), max, "projector.support.requests"));
            add(row);
        }
        Div legend = new Div(
                legend("offer", "projector.support.legend-offers"),
                legend("request", "projector.support.legend-requests"));
        legend.addClassName("bk-support-chart-legend");
        add(legend);
    }

    private Div bar(String type, int value, int max, String labelKey) {
        Div fill = new Div();
        fill.addClassNames("bk-support-bar-fill", "bk-support-bar-fill--" + type);
        fill.getStyle().set("width", (100 * value / max) + "%");
        Span number = new Span(String.valueOf(value));
        number.addClassName("bk-support-bar-number");
        Div bar = new Div(fill, number);
        bar.addClassName("bk-support-bar");
        bar.getElement().setAttribute("aria-label", getTranslation(labelKey, value));
        return bar;
    }

    private Span legend(String type, String key) {
        Span swatch = new Span();
        swatch.addClassNames("bk-support-swatch", "bk-support-bar-fill--" + type);
        return new Span(swatch, new Span(getTranslation(key)));
    }
}
