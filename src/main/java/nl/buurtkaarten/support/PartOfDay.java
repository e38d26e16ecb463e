package nl.buurtkaarten.support;

/** A part of a day in which a parent is free. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING
}
