package nl.buurtkaarten.security;

/** Why the sign-in page was shown again: the value of its {@code error} parameter. */
public final class SignInRefusals {

    /** Too many wrong passwords lately, for this account from this address or in all. */
    public static final String WAIT = "wait";
    /** A user name longer than any account's. */
    public static final String TOO_LONG = "too-long";
    /** The form's CSRF token did not match: the page was open too long, or the form came from elsewhere. */
    public static final String EXPIRED = "expired";

    private SignInRefusals() {}
}
