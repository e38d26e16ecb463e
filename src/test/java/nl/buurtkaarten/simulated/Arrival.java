package nl.buurtkaarten.simulated;

/**
 * One thing a simulated phone received from the app.
 *
 * @param kind what it was
 * @param nanoTime {@link System#nanoTime()} when it had arrived whole (for a push: its last frame)
 * @param bytes its size as sent: the HTTP response body, or the push message with Atmosphere's
 *     length prefix, in UTF-8 (WebSocket and HTTP framing and headers not counted; a browser may
 *     also get the push compressed by permessage-deflate, which this client does not offer)
 * @param syncId the server's message number (Vaadin's {@code syncId}), or -1 when it has none
 */
public record Arrival(Kind kind, long nanoTime, int bytes, int syncId) {

    public enum Kind {
        /** The HTML page of the first request. */
        PAGE,
        /** Vaadin's init response ({@code ?v-r=init}): the app's configuration and the first UIDL message. */
        INIT,
        /** The response to the phone's own UIDL request ({@code ?v-r=uidl}). */
        RESPONSE,
        /** A message the server pushed over the WebSocket. */
        PUSH,
        /** The response to a heartbeat request. */
        HEARTBEAT
    }
}
