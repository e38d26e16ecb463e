package nl.buurtkaarten.support;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says a set of {@link Slot}s the way people say times: "elke avond", "doordeweeks 's middags", "in het weekend",
 * "op maandag en woensdag 's ochtends", "op dinsdagmiddag", "elke dag". Every word and every pattern comes from the
 * message bundles ({@code time.*}), so each language keeps its own word order and grammar; this class only decides
 * how to group the slots.
 *
 * <p>The slots are split into groups of days x parts of the day in two ways, by day (days with the same parts) and by
 * part (parts on the same days); the shorter text wins. A group's days are said as every day, weekdays (Monday to
 * Friday), the weekend, a run ("van maandag t/m donderdag"), or single days; its parts as a whole phrase per set of
 * parts ({@code time.parts.afternoon-evening}), left out when the group covers the whole day.
 */
public final class TimePhrase {

    /** Looks up a message-bundle text and fills in its arguments: a view's getTranslation, or a bundle for a PDF. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    private static final int PARTS = PartOfDay.values().length;
    private static final int DAYS = DayOfWeek.values().length;
    private static final int ALL_PARTS = (1 << PARTS) - 1;
    private static final int ALL_DAYS = (1 << DAYS) - 1;
    private static final int WEEKDAYS = 0b0011111;
    private static final int WEEKEND = 0b1100000;

    private TimePhrase() {}

    /** The slots in words; {@code time.any} ("op elk moment") when there are none. */
    public static String of(Collection<Slot> slots, Texts texts) {
        int[] partsOfDay = new int[DAYS]; // per day, a bit per part of the day
        for (Slot slot : slots) {
            partsOfDay[slot.day().ordinal()] |= 1 << slot.part().ordinal();
        }
        return of(partsOfDay, texts);
    }

    /** The slots given as reason arguments ({@code TUESDAY:AFTERNOON}, see {@link Slot#asArgument()}) in words. */
    public static String ofArguments(Collection<String> slotArguments, Texts texts) {
        return of(slotArguments.stream().map(Slot::fromArgument).toList(), texts);
    }

    private static String of(int[] partsOfDay, Texts texts) {
        // By day: days with the same parts together, in the order of their first day.
        Map<Integer, Integer> daysByParts = new LinkedHashMap<>();
        for (int day = 0; day < DAYS; day++) {
            if (partsOfDay[day] != 0) {
                daysByParts.merge(partsOfDay[day], 1 << day, (a, b) -> a | b);
            }
        }
        if (daysByParts.isEmpty()) {
            return texts.text("time.any");
        }
        // By part: parts on the same days together, morning first.
        Map<Integer, Integer> partsByDays = new LinkedHashMap<>();
        for (int part = 0; part < PARTS; part++) {
            int days = 0;
            for (int day = 0; day < DAYS; day++) {
                if ((partsOfDay[day] & 1 << part) != 0) {
                    days |= 1 << day;
                }
            }
            if (days != 0) {
                partsByDays.merge(days, 1 << part, (a, b) -> a | b);
            }
        }
        List<String> byDay = new ArrayList<>();
        daysByParts.forEach((parts, days) -> byDay.add(group(days, parts, texts)));
        List<String> byPart = new ArrayList<>();
        partsByDays.forEach((days, parts) -> byPart.add(group(days, parts, texts)));
        String dayWise = groups(byDay, texts);
        String partWise = groups(byPart, texts);
        return partWise.length() < dayWise.length() ? partWise : dayWise;
    }

    /** One group: these days (a bit per day, Monday first), each at these parts of the day. */
    private static String group(int days, int parts, Texts texts) {
        if (days == ALL_DAYS) {
            return parts == ALL_PARTS ? texts.text("time.every-day") : texts.text("time.every." + partsKey(parts));
        }
        if (parts == ALL_PARTS) {
            return days(days, texts);
        }
        if (Integer.bitCount(days) == 1 && Integer.bitCount(parts) == 1) {
            return texts.text("time.day-part", dayName(days, texts), texts.text("time.part." + partsKey(parts)));
        }
        return texts.text("time.days-parts", days(days, texts), texts.text("time.parts." + partsKey(parts)));
    }

    /** Days that are not the whole week: "doordeweeks", "in het weekend", "van maandag t/m donderdag", "op maandag". */
    private static String days(int days, Texts texts) {
        if (days == WEEKDAYS) {
            return texts.text("time.weekdays");
        }
        if (days == WEEKEND) {
            return texts.text("time.weekend");
        }
        int first = Integer.numberOfTrailingZeros(days);
        int last = 31 - Integer.numberOfLeadingZeros(days);
        if (last - first >= 2 && Integer.bitCount(days) == last - first + 1) { // one run of three days or more
            return texts.text(
                    "time.range", texts.text("time.from." + name(first)), texts.text("time.to." + name(last)));
        }
        if ((days & WEEKDAYS) == WEEKDAYS) {
            return texts.text("time.and", texts.text("time.weekdays"), singleDays(days & ~WEEKDAYS, texts));
        }
        if ((days & WEEKEND) == WEEKEND) {
            return texts.text("time.and", days(days & ~WEEKEND, texts), texts.text("time.weekend"));
        }
        return singleDays(days, texts);
    }

    private static String singleDays(int days, Texts texts) {
        List<String> names = new ArrayList<>();
        for (int rest = days; rest != 0; rest &= rest - 1) {
            names.add(texts.text("time.day." + name(Integer.numberOfTrailingZeros(rest))));
        }
        return texts.text(names.size() == 1 ? "time.days.one" : "time.days.many", list(names, texts));
    }

    private static String dayName(int oneDay, Texts texts) {
        return texts.text("time.day." + name(Integer.numberOfTrailingZeros(oneDay)));
    }

    private static String name(int day) {
        return DayOfWeek.values()[day].name().toLowerCase(Locale.ROOT);
    }

    /** "afternoon-evening": the parts in the order of the day, as in the bundle keys. */
    private static String partsKey(int parts) {
        List<String> names = new ArrayList<>();
        for (PartOfDay part : PartOfDay.values()) {
            if ((parts & 1 << part.ordinal()) != 0) {
                names.add(part.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join("-", names);
    }

    /** "a", "a en b", "a, b en c": with the language's own patterns. */
    private static String list(List<String> items, Texts texts) {
        return join(items, "time.and", texts);
    }

    /**
     * Groups of times: "elke ochtend en ook op maandagmiddag". Not the plain "en" of a list, which could be read as part
     * of a group ("op woensdag en zondag 's ochtends": Wednesday all day, or only in the morning?).
     */
    private static String groups(List<String> groups, Texts texts) {
        return join(groups, "time.also", texts);
    }

    private static String join(List<String> items, String lastKey, Texts texts) {
        String joined = items.getFirst();
        for (int i = 1; i < items.size(); i++) {
            joined = texts.text(i == items.size() - 1 ? lastKey : "time.comma", joined, items.get(i));
        }
        return joined;
    }
}
