package nl.buurtkaarten.security;

/** The roles an account can have. */
public final class Roles {

    public static final String FACILITATOR = "FACILITATOR";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
