package nl.buurtkaarten.load;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.buurtkaarten.simulated.Action;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.By;
import nl.buurtkaarten.simulated.Element;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;

/**
 * The app's own pages, as {@code browser.PhoneBurstIT} uses them: the facilitator signs in (the
 * sign-in form), opens a meeting on the start page (title, every deck, Dutch), which shows the
 * projector; a second page of theirs is the meeting's control view, whose "Volgende kaart" draws.
 * Parents join through the join form with the code the projector shows, see the card and answer it
 * in the answer field with "Versturen".
 */
final class AppVenue implements Venue {

    private final List<Phone> controls = new ArrayList<>();
    private final List<Phone> projectors = new ArrayList<>();
    private final List<String> joinCodes = new ArrayList<>();
    private final List<Long> meetingIds = new ArrayList<>();

    @Override
    public String kind() {
        return "app";
    }

    @Override
    public String firstPage() {
        return "join";
    }

    @Override
    public List<String> settings() {
        return List.of();
    }

    @Override
    public void prepare(Phones staff, int meetings) {
        for (int m = 0; m < meetings; m++) {
            String title = "Buurtavond " + (m + 1);
            Phone projector = staff.newPhone("projector " + m);
            signIn(projector);
            projector.open("").join();
            Element group = projector.get(By.tag("vaadin-checkbox-group"));
            List<Object> decks = projector.findAll(By.tag("vaadin-checkbox")).stream()
                    .map(box -> box.property("value"))
                    .filter(Objects::nonNull)
                    .toList();
            projector
                    .send(
                            Action.type(projector.get(By.tag("vaadin-text-field")), title),
                            Action.setProperty(group, "value", decks),
                            Action.click(projector.get(By.className("bk-open-meeting"))))
                    .join();
            projector
                    .until(shown -> shown.find(By.className("bk-join-code")).isPresent())
                    .orTimeout(60, TimeUnit.SECONDS)
                    .join();
            String code = projector.get(By.className("bk-join-code")).text().replaceAll("[^A-Za-z0-9]", "");

            // The meeting list on the start page links to the meeting's control view.
            Phone lister = staff.newPhone("start page " + m);
            signIn(lister);
            lister.open("").join();
            String control = lister.findAll(By.className("bk-meeting-item")).stream()
                    .filter(item -> !item.findAll(
                                    By.className("bk-meeting-title").and(By.text(title)))
                            .isEmpty())
                    .flatMap(item -> item.findAll(By.tag("a")).stream())
                    .map(link -> link.attribute("href"))
                    .filter(href -> href != null && href.endsWith("/control"))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalStateException("No control view link for " + title + ":\n" + lister.screen()));
            lister.close().join();
            Phone controlPage = staff.newPhone("control " + m);
            signIn(controlPage);
            controlPage.open(control).join();
            controls.add(controlPage);
            projectors.add(projector);
            joinCodes.add(code);
            meetingIds.add(Long.parseLong(control.replaceAll(".*meeting/(\\d+)/control$", "$1")));
        }
    }

    /** The meeting's id, as in the address of its control view. */
    long meetingId(int meeting) {
        return meetingIds.get(meeting);
    }

    /**
     * A read token for the live API, as a facilitator makes one: "Leessleutel maken" in the control view's
     * live section, which shows the token once.
     */
    String readToken(int meeting) {
        Phone control = controls.get(meeting);
        control.click(control.get(By.tag("vaadin-button").and(By.text("Leessleutel maken"))))
                .join();
        return control.until(shown -> shown.find(By.className("bk-live-api-token"))
                        .map(field -> field.property("value"))
                        .filter(value -> !String.valueOf(value).isBlank())
                        .isPresent())
                .thenApply(arrival -> String.valueOf(
                        control.get(By.className("bk-live-api-token")).property("value")))
                .orTimeout(60, TimeUnit.SECONDS)
                .join();
    }

    private static void signIn(Phone phone) {
        HttpResponse<String> answer = phone.submitForm(
                        "login", Map.of("username", ServerProcess.USERNAME, "password", ServerProcess.PASSWORD))
                .join();
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in failed: HTTP " + answer.statusCode() + " to " + location);
        }
    }

    @Override
    public List<Phone> pages() {
        return Stream.concat(controls.stream(), projectors.stream()).toList();
    }

    @Override
    public String phonePage(int meeting) {
        return "join/" + joinCodes.get(meeting);
    }

    @Override
    public CompletableFuture<Void> join(Phone phone, int meeting) {
        return phone.open(phonePage(meeting))
                .thenCompose(opened -> phone.send(
                        Action.type(phone.get(By.className("bk-nickname")), phone.name()),
                        Action.click(phone.get(By.className("bk-join-button")))))
                .thenAccept(joined ->
                        phone.get(By.className("bk-phone-who").and(By.text("Je doet mee als " + phone.name()))));
    }

    @Override
    public String shownDraw(Phone phone) {
        return phone.find(By.className("bk-card"))
                .map(card -> card.attribute("data-card"))
                .map(String::valueOf)
                .orElse(null);
    }

    @Override
    public String controlDraw(int meeting) {
        return shownDraw(controls.get(meeting));
    }

    @Override
    public CompletableFuture<Arrival> draw(int meeting) {
        Phone control = controls.get(meeting);
        return control.click(control.get(By.tag("vaadin-button").and(By.textContaining("Volgende kaart"))));
    }

    @Override
    public CompletableFuture<?> prepareAnswer(Phone phone, String text) {
        return phone.type(phone.get(By.className("bk-answer-field")), text);
    }

    @Override
    public CompletableFuture<Arrival> sendAnswer(Phone phone) {
        return phone.click(phone.get(By.className("bk-send")));
    }

    /** The meeting's control view, where the facilitator draws and every answer is listed. */
    Phone control(int meeting) {
        return controls.get(meeting);
    }

    @Override
    public Phone projector(int meeting) {
        return projectors.get(meeting);
    }

    @Override
    public int answersOnProjector(Phone projector) {
        // The count shows with the answers; while they are hidden from the room it is in the "hidden" note.
        return projector
                .find(By.className("bk-answers-count"))
                .or(() -> projector.find(By.className("bk-answers-hidden")))
                .map(count -> count.text().replaceAll("\\D", ""))
                .filter(digits -> !digits.isEmpty())
                .map(Integer::parseInt)
                .orElse(-1);
    }

    @Override
    public List<String> checkAnswers(int meeting, List<Phone> phones, Map<Phone, String> texts) {
        List<String> wrong = new ArrayList<>();
        Phone control = controls.get(meeting);
        Map<String, Long> listed = control.findAll(By.className("bk-control-answer-text")).stream()
                .collect(Collectors.groupingBy(Element::text, Collectors.counting()));
        for (Phone phone : phones) {
            String text = texts.get(phone);
            long times = listed.getOrDefault(text, 0L);
            if (times != 1) {
                wrong.add("the control view lists " + phone.name() + "'s answer " + times + " times");
            }
            List<String> own = phone.findAll(By.className("bk-own-text")).stream()
                    .map(Element::text)
                    .toList();
            if (!own.equals(List.of(text))) {
                wrong.add(phone.name() + " shows as its own answers " + own);
            }
        }
        long others = listed.keySet().stream()
                .filter(text -> !texts.containsValue(text))
                .count();
        if (others > 0) {
            wrong.add("the control view lists " + others + " answers nobody sent");
        }
        return wrong;
    }
}
