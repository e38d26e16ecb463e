package nl.buurtkaarten.boundarycheck.callee;

/** A feature's public face, for {@code ModularityTests}' proof that a crossed boundary fails. */
public class Callee {

    public String greet() {
        return "hallo";
    }
}
