package nl.buurtkaarten.boundarycheck.callee.internal;

/** A feature's inside, which no other feature may use. */
public class Hidden {

    public String secret() {
        return "geheim";
    }
}
