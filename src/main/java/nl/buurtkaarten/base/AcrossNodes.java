package nl.buurtkaarten.base;

/**
 * An application event that every app node must hear, not only the one where it happened: when the app runs
 * on several nodes over one PostgreSQL database, {@code base.live.NodeRelay} sends it to the other nodes
 * (on commit) and publishes it there again, so their listeners act as on the node it came from. On H2 there
 * is one node and nothing is sent.
 *
 * <p>Implementations are records whose components are ids, names and flags: they travel as JSON through
 * PostgreSQL, so never what a parent wrote, a contact detail or a secret.
 */
public interface AcrossNodes {}
