package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.Component;

/**
 * Shows only the items of a box that fit in it whole, so that a name on the projector is never cut
 * in half by the edge of its box: the browser hides the rest after every redraw and when the
 * window changes size. How many items fit depends on the names and the screen, which only the
 * browser knows.
 */
final class WholeRows {

    private static final String FIT = """
            const container = this;
            container.bkWholeRows = [$0, $1];
            const fit = () => {
              const [boxSelector, itemSelector] = container.bkWholeRows;
              const box = container.querySelector(boxSelector);
              if (!box) return;
              const bottom = box.getBoundingClientRect().bottom;
              const items = box.querySelectorAll(itemSelector);
              items.forEach(item => { item.style.visibility = ''; });
              items.forEach(item => { if (item.getBoundingClientRect().bottom > bottom + 0.5) item.style.visibility = 'hidden'; });
            };
            if (!container.bkWholeRowsListening) {
              container.bkWholeRowsListening = true;
              window.addEventListener('resize', fit);
            }
            requestAnimationFrame(fit);""";

    private WholeRows() {}

    /** Fits the items of the box inside the container; the container stays, the box may be redrawn. */
    static void fit(Component container, String boxSelector, String itemSelector) {
        container.getElement().executeJs(FIT, boxSelector, itemSelector);
    }
}
