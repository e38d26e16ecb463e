/**
 * The meeting feature's screens, and the pieces of screen that other features' views use too: the
 * meeting's current card on a card display, and the extra actions in the list of meetings. Only
 * those types carry this feature's named interface "ui" ({@code @NamedInterface} on the type), so
 * the screens themselves stay private.
 */
package nl.buurtkaarten.meeting.ui;
