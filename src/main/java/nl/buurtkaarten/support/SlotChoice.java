package nl.buurtkaarten.support;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The times a parent ticks for an offer or a request: days of the week and parts of the day. They
 * stand for every ticked day at every ticked part; only days means those whole days, only parts
 * means those parts on every day, and nothing ticked means any time.
 */
public record SlotChoice(Set<DayOfWeek> days, Set<PartOfDay> parts) {

    /** The days to choose from, in the order they are shown: Monday first. */
    public static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());
    /** The parts of the day to choose from, in the order they are shown: morning first. */
    public static final List<PartOfDay> PARTS = List.of(PartOfDay.values());

    /** Keeps copies in the week's and the day's order, so that the boxes' value is always sent in that order. */
    public SlotChoice {
        days = Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        parts = Collections.unmodifiableSet(parts.isEmpty() ? EnumSet.noneOf(PartOfDay.class) : EnumSet.copyOf(parts));
    }

    /** What to tick for these slots: each day and each part of the day that one of them has. */
    public static SlotChoice of(Collection<Slot> slots) {
        return new SlotChoice(
                slots.stream().map(Slot::day).collect(Collectors.toSet()),
                slots.stream().map(Slot::part).collect(Collectors.toSet()));
    }

    /** The slots ticked, in the week's order; empty for any time. */
    public Set<Slot> slots() {
        List<DayOfWeek> chosenDays = days.isEmpty() && !parts.isEmpty()
                ? DAYS
                : DAYS.stream().filter(days::contains).toList();
        List<PartOfDay> chosenParts = parts.isEmpty() && !days.isEmpty()
                ? PARTS
                : PARTS.stream().filter(parts::contains).toList();
        Set<Slot> slots = new LinkedHashSet<>();
        for (DayOfWeek day : chosenDays) {
            for (PartOfDay part : chosenParts) {
                slots.add(new Slot(day, part));
            }
        }
        return slots;
    }

    /** The message-bundle key of a day's short label on the form, e.g. {@code day.short.monday}. */
    public static String dayKey(DayOfWeek day) {
        return "day.short." + day.name().toLowerCase(Locale.ROOT);
    }
}
