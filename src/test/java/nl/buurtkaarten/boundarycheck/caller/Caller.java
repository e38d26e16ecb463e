package nl.buurtkaarten.boundarycheck.caller;

import nl.buurtkaarten.boundarycheck.callee.internal.Hidden;

/** A feature that reaches into another's inside: the boundary crossing the check must catch. */
public class Caller {

    public String peek() {
        return new Hidden().secret();
    }
}
