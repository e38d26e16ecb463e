package nl.buurtkaarten.meeting;

/**
 * Where a meeting stands in its decks.
 *
 * @param remaining cards not yet drawn in this round
 * @param total cards in the meeting's decks
 * @param canGoBack whether an earlier card can be shown again
 */
public record DrawProgress(int remaining, int total, boolean canGoBack) {

    public boolean exhausted() {
        return remaining == 0;
    }
}
