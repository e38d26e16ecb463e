package nl.buurtkaarten.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.buurtkaarten.base.ui.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Times said as people say them, in every language, from the real message bundles. */
class TimePhraseTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final List<String> LANGUAGES = List.of("nl", "en", "ar", "tr", "pl");

    /** Slots written as "days@parts" groups joined by ";": days "mon,wed" or "mon-thu" or "all"; parts likewise. */
    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("", "op elk moment", "any time"),
                Arguments.of("all@all", "elke dag", "every day"),
                Arguments.of("all@evening", "elke avond", "every evening"),
                Arguments.of("all@morning", "elke ochtend", "every morning"),
                Arguments.of("all@afternoon,evening", "elke middag en avond", "every afternoon and evening"),
                Arguments.of("all@morning,evening", "elke ochtend en avond", "every morning and evening"),
                Arguments.of("mon-fri@afternoon", "doordeweeks 's middags", "on weekdays in the afternoon"),
                Arguments.of("mon-fri@all", "doordeweeks", "on weekdays"),
                Arguments.of("sat,sun@all", "in het weekend", "at the weekend"),
                Arguments.of("sat,sun@morning", "in het weekend 's ochtends", "at the weekend in the morning"),
                Arguments.of(
                        "mon,wed@morning",
                        "op maandag en woensdag 's ochtends",
                        "on Monday and Wednesday in the morning"),
                Arguments.of("tue@afternoon", "op dinsdagmiddag", "on Tuesday afternoon"),
                Arguments.of("sat@evening", "op zaterdagavond", "on Saturday evening"),
                Arguments.of("tue@all", "op dinsdag", "on Tuesday"),
                Arguments.of(
                        "tue@afternoon,evening",
                        "op dinsdag 's middags en 's avonds",
                        "on Tuesday in the afternoon and evening"),
                Arguments.of(
                        "mon-thu@evening",
                        "van maandag t/m donderdag 's avonds",
                        "from Monday to Thursday in the evening"),
                Arguments.of(
                        "mon-sat@morning",
                        "van maandag t/m zaterdag 's ochtends",
                        "from Monday to Saturday in the morning"),
                Arguments.of(
                        "fri-sun@evening", "van vrijdag t/m zondag 's avonds", "from Friday to Sunday in the evening"),
                Arguments.of("mon,wed,fri@all", "op maandag, woensdag en vrijdag", "on Monday, Wednesday and Friday"),
                Arguments.of("thu,fri@all", "op donderdag en vrijdag", "on Thursday and Friday"),
                Arguments.of(
                        "mon-fri,sun@evening",
                        "doordeweeks en op zondag 's avonds",
                        "on weekdays and on Sunday in the evening"),
                Arguments.of("mon,sat,sun@all", "op maandag en in het weekend", "on Monday and at the weekend"),
                Arguments.of(
                        "mon-wed,sat,sun@all",
                        "van maandag t/m woensdag en in het weekend",
                        "from Monday to Wednesday and at the weekend"),
                // Grouped by day: weekday evenings, whole weekend days.
                Arguments.of(
                        "mon-fri@evening;sat,sun@all",
                        "doordeweeks 's avonds en ook in het weekend",
                        "on weekdays in the evening and also at the weekend"),
                // Grouped by part of the day: every evening, and weekend afternoons too.
                Arguments.of(
                        "all@evening;sat,sun@afternoon",
                        "in het weekend 's middags en ook elke avond",
                        "at the weekend in the afternoon and also every evening"),
                Arguments.of(
                        "all@morning;mon@afternoon",
                        "elke ochtend en ook op maandagmiddag",
                        "every morning and also on Monday afternoon"),
                Arguments.of(
                        "mon@morning;wed@evening",
                        "op maandagochtend en ook op woensdagavond",
                        "on Monday morning and also on Wednesday evening"),
                Arguments.of(
                        "tue@afternoon;sat@morning;sun@evening",
                        "op dinsdagmiddag, op zaterdagochtend en ook op zondagavond",
                        "on Tuesday afternoon, on Saturday morning and also on Sunday evening"),
                // The testers' example: every evening, not seven slots in a row.
                Arguments.of(
                        "mon@evening;tue@evening;wed@evening;thu@evening;fri@evening;sat@evening;sun@evening",
                        "elke avond",
                        "every evening"));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("phrases")
    void timesAreSaidAsPeopleSayThem(String spec, String dutch, String english) {
        assertThat(TimePhrase.of(slots(spec), texts("nl"))).isEqualTo(dutch);
        assertThat(TimePhrase.of(slots(spec), texts("en"))).isEqualTo(english);
    }

    @Test
    void theOtherLanguagesUseTheirOwnWordsAndOrder() {
        assertThat(TimePhrase.of(slots("all@evening"), texts("tr"))).isEqualTo("her akşam");
        assertThat(TimePhrase.of(slots("mon-fri@afternoon"), texts("tr"))).isEqualTo("hafta içi öğleden sonraları");
        assertThat(TimePhrase.of(slots("tue@evening"), texts("tr"))).isEqualTo("salı akşamı");
        assertThat(TimePhrase.of(slots("mon-thu@evening"), texts("tr"))).isEqualTo("pazartesiden perşembeye akşamları");
        assertThat(TimePhrase.of(slots("all@evening"), texts("pl"))).isEqualTo("codziennie wieczorem");
        assertThat(TimePhrase.of(slots("tue@afternoon"), texts("pl"))).isEqualTo("we wtorek po południu");
        assertThat(TimePhrase.of(slots("mon,wed@morning"), texts("pl"))).isEqualTo("w poniedziałek i w środę rano");
        assertThat(TimePhrase.of(slots("mon-thu@all"), texts("pl"))).isEqualTo("od poniedziałku do czwartku");
        assertThat(TimePhrase.of(slots("all@evening"), texts("ar"))).isEqualTo("كل مساء");
        assertThat(TimePhrase.of(slots("mon,wed@all"), texts("ar"))).isEqualTo("أيام الاثنين والأربعاء");
        assertThat(TimePhrase.of(slots("tue@afternoon"), texts("ar"))).isEqualTo("يوم الثلاثاء بعد الظهر");
    }

    /** Every set of days at every set of parts, and many random mixtures, in every language. */
    @Test
    void everyLanguageSaysEverySetOfTimesWithItsOwnWords() {
        List<Set<Slot>> cases = new ArrayList<>();
        for (int days = 1; days < 1 << 7; days++) {
            for (int parts = 1; parts < 1 << 3; parts++) {
                cases.add(grid(days, parts));
            }
        }
        Random random = new Random(20261203L);
        for (int i = 0; i < 1500; i++) {
            Set<Slot> slots = new HashSet<>();
            for (int slot = 0; slot < 21; slot++) {
                if (random.nextInt(4) == 0) {
                    slots.add(Slot.ofIndex(slot));
                }
            }
            cases.add(slots);
        }
        for (String language : LANGUAGES) {
            Set<String> foreignDutch = onlyDutchWords(language);
            assertThat(foreignDutch).as(language).hasSizeGreaterThan(language.equals("nl") ? -1 : 10);
            TimePhrase.Texts texts = texts(language);
            Map<String, Set<Slot>> said = new HashMap<>();
            for (Set<Slot> slots : cases) {
                String phrase = TimePhrase.of(slots, texts);
                assertThat(phrase)
                        .as("%s in %s", slots, language)
                        .doesNotContain("!time.", "{", "}", "''")
                        .isNotBlank();
                assertThat(words(phrase).stream().filter(foreignDutch::contains).toList())
                        .as("Dutch words in the %s for %s: %s", language, slots, phrase)
                        .isEmpty();
                // Different times never read the same.
                assertThat(said.putIfAbsent(phrase, slots))
                        .as("%s says %s", language, phrase)
                        .isIn(null, slots);
            }
        }
    }

    @Test
    void slotsFromReasonArgumentsReadTheSame() {
        assertThat(TimePhrase.ofArguments(List.of("TUESDAY:AFTERNOON", "THURSDAY:AFTERNOON"), texts("nl")))
                .isEqualTo("op dinsdag en donderdag 's middags");
        assertThat(Slot.fromArgument("SUNDAY:EVENING")).isEqualTo(new Slot(DayOfWeek.SUNDAY, PartOfDay.EVENING));
        assertThatThrownBy(() -> Slot.fromArgument("SUNDAY")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- helpers

    private static TimePhrase.Texts texts(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return (key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments);
    }

    /** Words of the Dutch time texts that the language's own time texts never use ("weekend" is shared, for one). */
    private static Set<String> onlyDutchWords(String language) {
        if (language.equals("nl")) {
            return Set.of();
        }
        return new TreeSet<>(timeWords("nl").stream()
                .filter(word -> !timeWords(language).contains(word))
                .toList());
    }

    private static Set<String> timeWords(String language) {
        ResourceBundle bundle = Translations.bundle(Locale.forLanguageTag(language));
        Set<String> words = new HashSet<>();
        bundle.keySet().stream()
                .filter(key -> key.startsWith("time."))
                .forEach(key -> words.addAll(words(bundle.getString(key).replaceAll("\\{\\d}", " "))));
        return words;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,.;:'،]+"))
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static Set<Slot> grid(int days, int parts) {
        Set<Slot> slots = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                if ((days & 1 << day.ordinal()) != 0 && (parts & 1 << part.ordinal()) != 0) {
                    slots.add(new Slot(day, part));
                }
            }
        }
        return slots;
    }

    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static Set<Slot> slots(String spec) {
        Set<Slot> slots = new HashSet<>();
        for (String group : spec.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            String[] daysAndParts = group.split("@");
            for (DayOfWeek day : days(daysAndParts[0])) {
                for (PartOfDay part : parts(daysAndParts[1])) {
                    slots.add(new Slot(day, part));
                }
            }
        }
        return slots;
    }

    private static Set<DayOfWeek> days(String spec) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (spec.equals("all")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        for (String item : spec.split(",")) {
            String[] range = item.split("-");
            int from = DAY_NAMES.indexOf(range[0]);
            int to = DAY_NAMES.indexOf(range[range.length - 1]);
            for (int day = from; day <= to; day++) {
                days.add(DayOfWeek.values()[day]);
            }
        }
        return days;
    }

    private static Set<PartOfDay> parts(String spec) {
        if (spec.equals("all")) {
            return EnumSet.allOf(PartOfDay.class);
        }
        Set<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        for (String item : spec.split(",")) {
            parts.add(PartOfDay.valueOf(item.toUpperCase(Locale.ROOT)));
        }
        return parts;
    }
}
