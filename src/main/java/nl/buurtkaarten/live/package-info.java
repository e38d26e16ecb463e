/**
 * The live API: STOMP 1.2 over a plain WebSocket at {@code /live}, beside Vaadin's push. Per meeting a
 * topic carries what the projector may show, as versioned JSON snapshots built from the meeting's live
 * picture ({@code base.live.MeetingPictures}); a signed-in facilitator steers the meeting with commands
 * over the same connection. Following needs the meeting's read token ({@link LiveReadTokens}). Nothing
 * here knows Vaadin: the control view only uses {@link LiveReadTokens}.
 */
package nl.buurtkaarten.live;
