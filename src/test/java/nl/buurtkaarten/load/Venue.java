package nl.buurtkaarten.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;

/**
 * What the benchmark does, in the app's own pages or in the bare push page: a room per meeting
 * with a facilitator's control page (whose button draws) and a projector page (which counts the
 * answers), and phones that join, see each draw and answer. Everything goes through pages, over
 * HTTP and the push WebSocket, as a browser does.
 */
interface Venue {

    /** {@code app} or {@code bare}. */
    String kind();

    /** The page whose first answer ends the start of the server. */
    String firstPage();

    /** Extra settings for the server. */
    List<String> settings();

    /** Opens the control and projector pages of each meeting, creating the meetings first where there are any. */
    void prepare(Phones staff, int meetings);

    /**
     * The facilitator's pages that stay open (control and projector of every meeting), whose
     * problems count; a page the facilitator closed on purpose may hear from Vaadin afterwards
     * that its UI is gone, which nobody sees.
     */
    List<Phone> pages();

    /** The page a phone opens first, for the page weight. */
    String phonePage(int meeting);

    /** A phone joins a meeting; completes when it shows that it takes part. */
    CompletableFuture<Void> join(Phone phone, int meeting);

    /** What a phone shows of the draws: changes with every draw. */
    String shownDraw(Phone phone);

    /** What the meeting's control page shows of the draws, the same marker as {@link #shownDraw}. */
    String controlDraw(int meeting);

    /** The facilitator's tap that draws the next card. */
    CompletableFuture<Arrival> draw(int meeting);

    /** What a parent does before tapping "send" (typing); may be nothing. */
    CompletableFuture<?> prepareAnswer(Phone phone, String text);

    /** The tap that sends the answer. */
    CompletableFuture<Arrival> sendAnswer(Phone phone);

    /** The meeting's projector page. */
    Phone projector(int meeting);

    /** The number of answers to the current card that the projector page shows, or -1 when none is shown. */
    int answersOnProjector(Phone projector);

    /**
     * What is wrong after every phone of the meeting answered once with {@code texts}: an answer
     * not listed once, a phone not showing its own answer; empty when nothing is.
     */
    List<String> checkAnswers(int meeting, List<Phone> phones, Map<Phone, String> texts);
}
