/**
 * The meeting in the room: the projected screen and the facilitator's control view (remote, join panel
 * and QR code, answer wall, support chart). It owns no data and no rules: it puts the widgets and
 * services of meeting, participation, support and summary together into the two screens a facilitator
 * runs an evening with. The rules of a meeting live in {@code meeting}.
 */
package nl.buurtkaarten.projector;
