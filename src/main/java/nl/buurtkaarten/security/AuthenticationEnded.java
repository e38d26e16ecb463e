package nl.buurtkaarten.security;

import nl.buurtkaarten.base.AcrossNodes;

/**
 * Published when something that authenticated an account stops doing so, for whatever holds on to
 * that authentication beyond a single request (the live API's open connections). The end of one HTTP
 * session is not among them: the servlet container tells that to whoever listens. Every app node hears
 * these ({@link AcrossNodes}).
 */
public sealed interface AuthenticationEnded extends AcrossNodes {

    /** The account whose authentication ended. */
    String username();

    /** Every signed-in session of the account was ended: signed out everywhere, a new password, or locked. */
    record AllSessionsEnded(String username) implements AuthenticationEnded {}

    /** The account was locked: nothing of it authenticates any more, its API tokens included. */
    record AccountLocked(String username) implements AuthenticationEnded {}

    /** One personal API token was revoked (by its owner, or with a new password). */
    record ApiTokenRevoked(String username, long tokenId) implements AuthenticationEnded {}
}
