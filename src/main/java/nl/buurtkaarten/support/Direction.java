package nl.buurtkaarten.support;

/** Whether a parent offers help or would like some. */
public enum Direction {
    /** "Ik kan helpen met …" */
    OFFER,
    /** "Ik zou hulp kunnen gebruiken bij …" */
    REQUEST
}
