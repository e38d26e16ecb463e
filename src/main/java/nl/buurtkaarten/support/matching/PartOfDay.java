package nl.buurtkaarten.support.matching;

/** A part of a day in which a parent is free. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING
}
