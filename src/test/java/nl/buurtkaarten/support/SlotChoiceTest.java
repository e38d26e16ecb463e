package nl.buurtkaarten.support;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static nl.buurtkaarten.support.PartOfDay.AFTERNOON;
import static nl.buurtkaarten.support.PartOfDay.EVENING;
import static nl.buurtkaarten.support.PartOfDay.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Translations;
import org.junit.jupiter.api.Test;

/** The days and parts of the day a parent ticks, and the slots of the week they stand for. */
class SlotChoiceTest {

    @Test
    void theFormOffersTheWholeWeekMondayFirstAndThePartsOfTheDayMorningFirst() {
        assertThat(SlotChoice.DAYS)
                .containsExactly(DayOfWeek.values())
                .startsWith(MONDAY)
                .endsWith(SUNDAY);
        assertThat(SlotChoice.PARTS).containsExactly(MORNING, AFTERNOON, EVENING);
    }

    @Test
    void daysAndPartsTickedStandForEveryDayAtEveryPartInTheWeeksOrder() {
        SlotChoice choice = new SlotChoice(Set.of(FRIDAY, MONDAY), Set.of(EVENING, MORNING));
        assertThat(choice.slots())
                .containsExactly(
                        new Slot(MONDAY, MORNING),
                        new Slot(MONDAY, EVENING),
                        new Slot(FRIDAY, MORNING),
                        new Slot(FRIDAY, EVENING));
    }

    @Test
    void onlyDaysMeansThoseWholeDays() {
        assertThat(new SlotChoice(Set.of(TUESDAY), Set.of()).slots())
                .containsExactly(new Slot(TUESDAY, MORNING), new Slot(TUESDAY, AFTERNOON), new Slot(TUESDAY, EVENING));
    }

    @Test
    void onlyPartsMeansThosePartsOnEveryDay() {
        assertThat(new SlotChoice(Set.of(), Set.of(EVENING)).slots())
                .containsExactlyElementsOf(SlotChoice.DAYS.stream()
                        .map(day -> new Slot(day, EVENING))
                        .toList());
    }

    @Test
    void nothingTickedMeansAnyTime() {
        assertThat(new SlotChoice(Set.of(), Set.of()).slots()).isEmpty();
    }

    @Test
    void theSlotsOfAnOfferTickTheirDaysAndPartsAgain() {
        Set<Slot> slots = Set.of(new Slot(MONDAY, MORNING), new Slot(TUESDAY, EVENING));
        SlotChoice choice = SlotChoice.of(slots);
        assertThat(choice.days()).containsExactly(MONDAY, TUESDAY);
        assertThat(choice.parts()).containsExactly(MORNING, EVENING);
        assertThat(SlotChoice.of(Set.of())).isEqualTo(new SlotChoice(Set.of(), Set.of()));
        // What can be ticked is days x parts: the form widens a choice that is no grid to the grid around it.
        assertThat(choice.slots()).containsAll(slots).hasSize(4);
        Set<Slot> grid = new SlotChoice(Set.of(MONDAY, FRIDAY), Set.of(AFTERNOON)).slots();
        assertThat(SlotChoice.of(grid).slots()).isEqualTo(grid);
    }

    @Test
    void everyDayPartAndTopicHasALabelInEveryLanguage() {
        Translations translations = new Translations();
        List<String> keys = Stream.of(
                        SlotChoice.DAYS.stream().map(SlotChoice::dayKey),
                        SlotChoice.PARTS.stream().map(PartOfDay::messageKey),
                        Stream.of(Topic.values()).map(Topic::messageKey))
                .flatMap(keyStream -> keyStream)
                .toList();
        assertThat(keys).contains("day.short.monday", "part.morning", "topic.listening_ear");
        for (Locale language : Locales.PARENT) {
            assertThat(keys)
                    .allSatisfy(key -> assertThat(translations.getTranslation(key, language))
                            .as(key + " in " + language)
                            .isNotBlank()
                            .doesNotStartWith("!"));
        }
    }
}
