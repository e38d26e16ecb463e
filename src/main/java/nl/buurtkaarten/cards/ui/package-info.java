/**
 * The cards feature's screens, and the pieces of screen that other features' views use too: the
 * card display and the deck problem list. Only those types carry this feature's named interface
 * "ui" ({@code @NamedInterface} on the type), so the screens themselves stay private.
 */
package nl.buurtkaarten.cards.ui;
