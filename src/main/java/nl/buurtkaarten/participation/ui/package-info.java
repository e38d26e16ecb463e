/**
 * The participation feature's screens, and the pieces of screen that other features' views use
 * too: the phone panel that other features add to the parent's phone, the easy mode, and the
 * facilitator's participants section. Only those types carry this feature's named interface "ui"
 * ({@code @NamedInterface} on the type), so the screens themselves stay private.
 */
package nl.buurtkaarten.participation.ui;
