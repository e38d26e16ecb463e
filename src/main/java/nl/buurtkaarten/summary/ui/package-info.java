/**
 * The summary feature's screens, and the pieces of screen that other features' views use too: the
 * summary display and the facilitator's summary section. Only those types carry this feature's
 * named interface "ui" ({@code @NamedInterface} on the type), so the screens themselves stay private.
 */
package nl.buurtkaarten.summary.ui;
