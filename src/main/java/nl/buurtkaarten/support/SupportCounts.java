package nl.buurtkaarten.support;

/** How many offers and requests there are of one kind of support: figures only, never names. */
public record SupportCounts(int offers, int requests) {}
