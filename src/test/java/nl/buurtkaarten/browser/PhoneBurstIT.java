package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.simulated.Action;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.By;
import nl.buurtkaarten.simulated.Element;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;
import org.junit.jupiter.api.Test;

/**
 * 250 parents on their phones answer the same card within one second, through the app's own
 * pages: each phone joins through the join form, sees the card the facilitator draws on the
 * projector, types its answer in the answer field and taps "Versturen". No answer may be lost:
 * every one is stored once, every phone shows its own answer and no error, and the projector
 * shows the newest and counts the rest. The phones are simulated ({@link Phones}); the projector
 * is a real Chromium.
 */
class PhoneBurstIT extends BrowserTest {

    static final int PHONES = 250;
    /**
     * Phones joining at the same moment. Parents arrive over a few minutes; a few at once keeps the
     * joining short without making it the subject of this test (the burst of answers is).
     */
    static final int JOINING_AT_ONCE = 8;

    static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The taps are spread evenly over a little less than a second, so that they land within one even on a busy machine. */
    static final Duration TAPS_WITHIN = Duration.ofMillis(900);

    @Test
    void twoHundredFiftyParentsAnswerWithinOneSecondAndNoAnswerIsLost() throws Exception {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Buurtavond", List.of("kennismaken"), "nl");

        Page projector = chromium.projector();
        AtomicInteger projectorFramesReceived = new AtomicInteger();
        projector.onWebSocket(socket -> socket.onFrameReceived(frame -> projectorFramesReceived.incrementAndGet()));
        signIn(projector, "meeting/" + meeting.id() + "/projector");

        try (Phones phones = new Phones(URI.create(app.url("")), 2, PATIENCE)) {
            List<Phone> crowd = IntStream.range(0, PHONES)
                    .mapToObj(i -> phones.newPhone("Ouder " + i))
                    .toList();

            long joining = System.nanoTime();
            List<Long> joined = new CopyOnWriteArrayList<>();
            joinInGroups(crowd, meeting.joinCode(), joined).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            double joinSeconds = (System.nanoTime() - joining) / 1e9;
            List<Long> joinedAt = joined.stream().sorted().toList();
            assertThat(projector.locator(".bk-participants-count"))
                    .hasText(PHONES + " ouders doen mee", new LocatorAssertions.HasTextOptions().setTimeout(30_000));

            // The facilitator draws the first card with the projector's keyboard shortcut.
            List<CompletableFuture<Arrival>> cardShown = crowd.stream()
                    .map(phone -> phone.until(
                            shown -> shown.find(By.className("bk-answer-field")).isPresent()))
                    .toList();
            long drawn = System.nanoTime();
            projector.keyboard().press("ArrowRight");
            all(cardShown).get(60, TimeUnit.SECONDS);
            List<Long> drawToPhone = cardShown.stream()
                    .map(seen -> seen.join().nanoTime() - drawn)
                    .sorted()
                    .toList();
            DrawnCard card = meetings.currentCard(meeting.id()).orElseThrow();

            // Everyone types first, at their own pace; the taps on "Versturen" then come within one second.
            Map<Phone, String> texts = crowd.stream()
                    .collect(Collectors.toMap(
                            Function.identity(),
                            phone -> "Bij ons thuis zingen we in het Nederlands, zegt " + phone.name()));
            all(crowd.stream()
                            .map(phone -> phone.type(phone.get(By.className("bk-answer-field")), texts.get(phone)))
                            .toList())
                    .get(60, TimeUnit.SECONDS);
            List<Element> sendButtons = crowd.stream()
                    .map(phone -> phone.get(By.className("bk-send")))
                    .toList();

            // The projector notes, in its own clock, each time another answer comes on top.
            projector.evaluate(NOTE_ON_TOP);
            double projectorBurst = ((Number) projector.evaluate("performance.now()")).doubleValue();
            // Playwright hands frames over while the test calls it, so frames are counted, not timed.
            int projectorFramesBefore = projectorFramesReceived.get();
            List<Long> tapped = new CopyOnWriteArrayList<>();
            List<CompletableFuture<Arrival>> answered = new ArrayList<>();
            long burst = System.nanoTime();
            // Threads of their own for the taps: the common pool has one thread on two cores, which a busy server
            // starves.
            try (ScheduledExecutorService fingers = Executors.newScheduledThreadPool(4)) {
                for (int i = 0; i < PHONES; i++) {
                    Phone phone = crowd.get(i);
                    Element send = sendButtons.get(i);
                    CompletableFuture<Arrival> done = new CompletableFuture<>();
                    fingers.schedule(
                            () -> {
                                tapped.add(System.nanoTime());
                                phone.click(send).whenComplete((arrival, error) -> {
                                    if (error == null) {
                                        done.complete(arrival);
                                    } else {
                                        done.completeExceptionally(error);
                                    }
                                });
                            },
                            i * TAPS_WITHIN.toNanos() / PHONES,
                            TimeUnit.NANOSECONDS);
                    answered.add(done);
                }
                CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new))
                        .handle((ignored, error) -> null)
                        .get(PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);
            }
            long tapsSpread = tapped.stream().mapToLong(Long::longValue).max().orElse(burst)
                    - tapped.stream().mapToLong(Long::longValue).min().orElse(burst);
            long lastResponse = answered.stream()
                    .filter(done -> !done.isCompletedExceptionally())
                    .mapToLong(done -> done.join().nanoTime())
                    .max()
                    .orElse(burst);

            List<Answer> stored = participation.visibleAnswers(card.id());
            System.out.printf(
                    "[measured] %d phones joined through the join form in %.1f s (%d at a time): the first 50 in "
                            + "%.1f s, the last 50 in %.1f s%n",
                    PHONES,
                    joinSeconds,
                    JOINING_AT_ONCE,
                    (joinedAt.get(49) - joining) / 1e9,
                    (joinedAt.getLast() - joinedAt.get(PHONES - 51)) / 1e9);
            List<Integer> drawBytes = crowd.stream()
                    .map(phone -> pushesBetween(phone, drawn, burst)
                            .mapToInt(Arrival::bytes)
                            .sum())
                    .sorted()
                    .toList();
            System.out.printf(
                    "[measured] draw on the projector to card on the phone: median %d ms, 95th percentile %d ms, "
                            + "slowest %d ms (%d phones; the card took a median of %d bytes of pushes per phone)%n",
                    millis(percentile(drawToPhone, 50)),
                    millis(percentile(drawToPhone, 95)),
                    millis(drawToPhone.getLast()),
                    PHONES,
                    percentile(drawBytes, 50));
            System.out.printf(
                    "[measured] %d taps on \"Versturen\" sent within %d ms; %d of %d answers stored; the last phone had "
                            + "its answer back %d ms after the first tap%n",
                    tapped.size(), millis(tapsSpread), stored.size(), PHONES, millis(lastResponse - burst));

            // Every answer stored exactly once, by the parent who sent it.
            Map<Long, String> nicknames = participation.participants(meeting.id()).stream()
                    .collect(Collectors.toMap(Participant::id, Participant::nickname));
            assertThat(stored)
                    .as("answers stored: %d of %d (%d lost)", stored.size(), PHONES, PHONES - stored.size())
                    .extracting(Answer::text)
                    .containsExactlyInAnyOrderElementsOf(texts.values());
            assertThat(stored)
                    .allSatisfy(answer -> assertThat(answer.text()).endsWith(nicknames.get(answer.participantId())));

            // The projector shows the newest answer on top and counts them all.
            String newest = stored.getLast().text();
            Locator notes = projector.locator(".bk-answer-text");
            assertThat(notes.first()).hasText(newest, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            long projectorShown = burst + Math.round((onTopSince(projector, newest) - projectorBurst) * 1e6);
            assertThat(projector.locator(".bk-answers-count")).hasText(PHONES + " antwoorden");
            int projectorFrames = projectorFramesReceived.get() - projectorFramesBefore;

            // Each phone shows its own answer once, said it was sent, and showed no error.
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                Phone phone = crowd.get(i);
                String trouble = trouble(phone, answered.get(i), texts.get(phone));
                if (trouble != null) {
                    wrong.add(phone.name() + ": " + trouble);
                }
            }
            List<Integer> pushes = crowd.stream()
                    .map(phone -> (int) pushesSince(phone, burst).count())
                    .sorted()
                    .toList();
            List<Integer> pushBytes = crowd.stream()
                    .map(phone ->
                            pushesSince(phone, burst).mapToInt(Arrival::bytes).sum())
                    .sorted()
                    .toList();
            System.out.printf(
                    "[measured] the projector showed the newest answer %d ms after the first tap (%d WebSocket frames "
                            + "from the first tap until checked); pushes per phone from the first tap on: median %d, most %d (median %d "
                            + "bytes, most %d bytes)%n",
                    millis(projectorShown - burst),
                    projectorFrames,
                    percentile(pushes, 50),
                    pushes.getLast(),
                    percentile(pushBytes, 50),
                    pushBytes.getLast());
            assertThat(wrong)
                    .as("phones that did not show their own answer without error")
                    .isEmpty();
        }
    }

    /** Records in the projector page when which answer text is on top of the wall. */
    private static final String NOTE_ON_TOP = """
            () => {
              window.bkOnTop = [];
              const note = () => {
                const first = document.querySelector('.bk-answer-text');
                const text = first ? first.textContent : null;
                const last = window.bkOnTop[window.bkOnTop.length - 1];
                if (!last || last.text !== text) {
                  window.bkOnTop.push({ text: text, at: performance.now() });
                }
              };
              new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
            }""";

    /** When (the page's {@code performance.now()}) the text first came on top of the projector's wall. */
    private static double onTopSince(Page projector, String text) {
        Object found = projector.evaluate("text => window.bkOnTop.find(entry => entry.text === text).at", text);
        return ((Number) found).doubleValue();
    }

    /** Joins each phone through the join form, {@link #JOINING_AT_ONCE} at a time, as parents scan the QR code. */
    private static CompletableFuture<Void> joinInGroups(List<Phone> crowd, String joinCode, List<Long> joined) {
        List<CompletableFuture<Void>> lines = new ArrayList<>();
        for (int line = 0; line < JOINING_AT_ONCE; line++) {
            CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);
            for (int i = line; i < crowd.size(); i += JOINING_AT_ONCE) {
                Phone phone = crowd.get(i);
                queue = queue.thenCompose(ignored -> join(phone, joinCode))
                        .thenRun(() -> joined.add(System.nanoTime()));
            }
            lines.add(queue);
        }
        return all(lines);
    }

    private static CompletableFuture<Void> join(Phone phone, String joinCode) {
        return phone.open("join/" + joinCode)
                .thenCompose(opened -> phone.send(
                        Action.type(phone.get(By.className("bk-nickname")), phone.name()),
                        Action.click(phone.get(By.className("bk-join-button")))))
                .thenAccept(joined ->
                        phone.get(By.className("bk-phone-who").and(By.text("Je doet mee als " + phone.name()))));
    }

    /** What is wrong with what a phone shows after sending its answer, or null when nothing is. */
    private static String trouble(Phone phone, CompletableFuture<Arrival> answered, String text) {
        if (answered.isCompletedExceptionally() || !answered.isDone()) {
            return "the tap on Versturen got no answer (" + phone.problems() + ")";
        }
        if (!phone.problems().isEmpty()) {
            return "problems " + phone.problems();
        }
        List<String> own = phone.findAll(By.className("bk-own-text")).stream()
                .map(Element::text)
                .toList();
        if (!own.equals(List.of(text))) {
            return "its own answers show " + own;
        }
        Element field = phone.get(By.className("bk-answer-field"));
        if (!field.stringProperty("errorMessage").isEmpty() || Boolean.TRUE.equals(field.property("invalid"))) {
            return "the answer field says " + field.stringProperty("errorMessage");
        }
        if (!field.stringProperty("value").isEmpty()) {
            return "the answer field still holds " + field.stringProperty("value");
        }
        List<Element> notifications = phone.findAll(By.tag("vaadin-notification"));
        if (notifications.stream()
                .anyMatch(notification ->
                        String.valueOf(notification.attribute("theme")).contains("error"))) {
            return "an error notification";
        }
        if (notifications.stream()
                .noneMatch(notification -> "Je antwoord is verstuurd.".equals(notification.property("text")))) {
            return "no notification that the answer was sent";
        }
        return null;
    }

    private static Stream<Arrival> pushesSince(Phone phone, long since) {
        return pushesBetween(phone, since, Long.MAX_VALUE);
    }

    private static Stream<Arrival> pushesBetween(Phone phone, long from, long to) {
        return phone.arrivals().stream()
                .filter(arrival ->
                        arrival.kind() == Arrival.Kind.PUSH && arrival.nanoTime() >= from && arrival.nanoTime() < to);
    }

    private static <T> CompletableFuture<Void> all(Collection<? extends CompletableFuture<? extends T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
    }

    private static <T extends Number> T percentile(List<T> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static long millis(Number nanos) {
        return Math.round(nanos.doubleValue() / 1e6);
    }
}
