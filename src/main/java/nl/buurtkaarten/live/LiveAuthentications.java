package nl.buurtkaarten.live;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.buurtkaarten.security.ApiTokenAuthentication;
import nl.buurtkaarten.security.ApiTokens;
import nl.buurtkaarten.security.AuthenticationEnded;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Who each live connection acts for, and how long. A client may send a personal API token
 * ({@link ApiTokens}) in its CONNECT frame ({@value #HEADER} header); the connection then acts as that
 * account, so the commands' checks apply as to a signed-in session. A wrong, revoked or locked
 * account's token gets an ERROR frame ({@code denied}) and a closed connection. Otherwise the
 * connection acts for whoever the handshake's HTTP session was signed in as, if anyone.
 *
 * <p>When that authentication ends, the connection ends with it: an ERROR frame that says why, then
 * the close. The session signed out or expired, or every session of the account was ended:
 * {@value #SIGNED_OUT}; the token revoked: {@value #TOKEN_REVOKED}; the account locked:
 * {@value #ACCOUNT_LOCKED}. Followers that connected with only a read token are never touched.
 */
@Component
class LiveAuthentications implements ChannelInterceptor {

    static final String HEADER = "api-token";
    static final String SIGNED_OUT = "signed-out";
    static final String TOKEN_REVOKED = "api-token-revoked";
    static final String ACCOUNT_LOCKED = "account-locked";

    /** What a connection's rights rest on. @param httpSession null for a token @param tokenId null for a session */
    record Credential(String username, String httpSession, Long tokenId) {}

    private final ApiTokens apiTokens;
    private final LiveSessions sessions;
    private final Map<String, Credential> connections = new ConcurrentHashMap<>();
    private final StompEncoder encoder = new StompEncoder();

    LiveAuthentications(ApiTokens apiTokens, LiveSessions sessions) {
        this.apiTokens = apiTokens;
        this.sessions = sessions;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || !StompCommand.CONNECT.equals(stomp.getCommand()) || stomp.getSessionId() == null) {
            return message;
        }
        String token = stomp.getFirstNativeHeader(HEADER);
        if (token != null) {
            ApiTokenAuthentication account =
                    apiTokens.authenticate(token).orElseThrow(() -> new AccessDeniedException("Unknown API token"));
            stomp.setUser(account);
            connections.put(stomp.getSessionId(), new Credential(account.getName(), null, account.tokenId()));
        } else if (stomp.getUser() instanceof Principal user) {
            Map<String, Object> attributes = stomp.getSessionAttributes();
            Object httpSession = attributes == null
                    ? null
                    : attributes.get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
            connections.put(
                    stomp.getSessionId(),
                    new Credential(user.getName(), httpSession instanceof String id ? id : null, null));
        }
        return message;
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        connections.remove(event.getSessionId());
    }

    /** After the change that ended it is committed, so that a client that reconnects at once is refused. */
    @TransactionalEventListener(fallbackExecution = true)
    void ended(AuthenticationEnded ended) {
        switch (ended) {
            case AuthenticationEnded.AllSessionsEnded all ->
                close(
                        SIGNED_OUT,
                        credential ->
                                credential.tokenId() == null && all.username().equals(credential.username()));
            case AuthenticationEnded.AccountLocked locked ->
                close(ACCOUNT_LOCKED, credential -> locked.username().equals(credential.username()));
            case AuthenticationEnded.ApiTokenRevoked revoked ->
                close(
                        TOKEN_REVOKED,
                        credential -> credential.tokenId() != null && credential.tokenId() == revoked.tokenId());
        }
    }

    /** The HTTP session with this id ended: signed out, expired, or dropped after "sign out everywhere". */
    void httpSessionEnded(String httpSessionId) {
        close(SIGNED_OUT, credential -> httpSessionId.equals(credential.httpSession()));
    }

    private void close(String code, Predicate<Credential> which) {
        connections.forEach((sessionId, credential) -> {
            if (which.test(credential) && connections.remove(sessionId, credential)) {
                StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
                error.setMessage(code);
                sessions.refuse(sessionId, encoder.encode(error.getMessageHeaders(), new byte[0]));
            }
        });
    }
}
