package nl.buurtkaarten.support;

import java.time.DayOfWeek;
import java.util.Objects;

/** A part of a weekday, such as Tuesday afternoon. */
public record Slot(DayOfWeek day, PartOfDay part) implements Comparable<Slot> {

    public Slot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part");
    }

    /** 0 (Monday morning) to 20 (Sunday evening): the slots' order and their bit in a mask. */
    public int index() {
        return day.ordinal() * PartOfDay.values().length + part.ordinal();
    }

    /** The slot at this place in the week; the reverse of {@link #index()}. */
    public static Slot ofIndex(int index) {
        int parts = PartOfDay.values().length;
        return new Slot(DayOfWeek.values()[index / parts], PartOfDay.values()[index % parts]);
    }

    /** The slot as a reason argument, e.g. {@code TUESDAY:AFTERNOON}. */
    public String asArgument() {
        return day.name() + ":" + part.name();
    }

    /** The slot of a reason argument such as {@code TUESDAY:AFTERNOON}; the reverse of {@link #asArgument()}. */
    public static Slot fromArgument(String argument) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a slot: " + argument);
        }
        return new Slot(
                DayOfWeek.valueOf(argument.substring(0, colon)), PartOfDay.valueOf(argument.substring(colon + 1)));
    }

    @Override
    public int compareTo(Slot other) {
        return Integer.compare(index(), other.index());
    }
}
