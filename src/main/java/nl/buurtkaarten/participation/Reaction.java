package nl.buurtkaarten.participation;

/** How a parent reacts to a statement card. */
public enum Reaction {
    RECOGNISE,
    PARTLY,
    NOT_RECOGNISE
}
