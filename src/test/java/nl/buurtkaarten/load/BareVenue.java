package nl.buurtkaarten.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.By;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;

/** The smallest Vaadin push page ({@code nl.buurtkaarten.bench.BarePushPage}), one room per meeting. */
final class BareVenue implements Venue {

    static final String PAGE = "bench/bare";

    private final List<Phone> controls = new ArrayList<>();
    private final List<Phone> projectors = new ArrayList<>();

    @Override
    public String kind() {
        return "bare";
    }

    @Override
    public String firstPage() {
        return PAGE;
    }

    @Override
    public List<String> settings() {
        return List.of("--buurtkaarten.bare-push-page=true");
    }

    @Override
    public void prepare(Phones staff, int meetings) {
        for (int m = 0; m < meetings; m++) {
            Phone control = staff.newPhone("control " + m);
            Phone projector = staff.newPhone("projector " + m);
            CompletableFuture.allOf(control.open(phonePage(m)), projector.open(phonePage(m) + "&projector"))
                    .join();
            controls.add(control);
            projectors.add(projector);
        }
    }

    @Override
    public List<Phone> pages() {
        return Stream.concat(controls.stream(), projectors.stream()).toList();
    }

    @Override
    public String phonePage(int meeting) {
        return PAGE + "?room=" + meeting;
    }

    @Override
    public CompletableFuture<Void> join(Phone phone, int meeting) {
        return phone.open(phonePage(meeting)).thenAccept(opened -> phone.get(By.className("bk-bare-value")));
    }

    @Override
    public String shownDraw(Phone phone) {
        return phone.find(By.className("bk-bare-value"))
                .map(value -> value.text())
                .orElse(null);
    }

    @Override
    public String controlDraw(int meeting) {
        return shownDraw(controls.get(meeting));
    }

    @Override
    public CompletableFuture<Arrival> draw(int meeting) {
        Phone control = controls.get(meeting);
        return control.click(control.get(By.className("bk-bare-next")));
    }

    @Override
    public CompletableFuture<?> prepareAnswer(Phone phone, String text) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Arrival> sendAnswer(Phone phone) {
        return phone.click(phone.get(By.className("bk-bare-answer")));
    }

    @Override
    public Phone projector(int meeting) {
        return projectors.get(meeting);
    }

    @Override
    public int answersOnProjector(Phone projector) {
        return projector
                .find(By.className("bk-bare-answers"))
                .map(count -> Integer.parseInt(count.text().strip()))
                .orElse(-1);
    }

    @Override
    public List<String> checkAnswers(int meeting, List<Phone> phones, Map<Phone, String> texts) {
        // The bare page lists no answers; the projector's count is checked by the benchmark.
        return List.of();
    }
}
