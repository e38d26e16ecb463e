package nl.buurtkaarten.base.ui;

import nl.buurtkaarten.base.live.MeetingPicture;

/**
 * A part of a page that draws itself from the meeting's live picture (see {@link Screens}).
 */
public interface Screen {

    /**
     * What this part shows of the picture, as a value with a meaningful {@code equals}: the part is
     * drawn again only when this differs from what it showed last. Runs outside the UI's lock, so it
     * may read only the picture and the part's own fixed fields. The default draws every picture.
     */
    default Object shownOf(MeetingPicture picture) {
        return picture.version();
    }

    /** Draws the picture; runs in the UI's lock. */
    void show(MeetingPicture picture);

    /**
     * Whether a page with this part is drawn ahead of the phones: the projector that the hall looks
     * at and the control view the facilitator steers with, so that a burst of answers from 250
     * phones does not queue them behind every phone's own redraw.
     */
    default boolean drawnFirst() {
        return false;
    }
}
