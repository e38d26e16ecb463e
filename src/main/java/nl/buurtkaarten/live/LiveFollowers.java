package nl.buurtkaarten.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.live.MeetingPictures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Follows a meeting's live picture while at least one client subscribes to its topic, and publishes
 * a snapshot whenever it differs from the one sent before (the picture's batching already keeps a
 * burst of answers to a few). A client that subscribes gets the current snapshot at once, on its own
 * subscription, after the broker has registered it: so it misses no change that comes after.
 *
 * <p>The broker's beans come lazily: this interceptor is part of the channel they are made with.
 */
@Component
class LiveFollowers implements ExecutorChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LiveFollowers.class);

    private final MeetingPictures pictures;
    private final SimpMessagingTemplate broker;
    private final MessageChannel clients;
    /** Per session, per subscription id: the meeting followed. */
    private final Map<String, Map<String, Long>> subscriptions = new HashMap<>();

    private final Map<Long, Followed> followed = new HashMap<>();

    LiveFollowers(
            MeetingPictures pictures,
            @Lazy @Qualifier("brokerMessagingTemplate") SimpMessagingTemplate broker,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clients) {
        this.pictures = pictures;
        this.broker = broker;
        this.clients = clients;
    }

    /** How many meetings are followed through the API now. */
    synchronized int followedMeetings() {
        return followed.size();
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        if (ex != null || !(handler instanceof AbstractBrokerMessageHandler)) {
            return;
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(message);
        String session = headers.getSessionId();
        SimpMessageType type = headers.getMessageType();
        if (session == null || type == null) {
            return;
        }
        switch (type) {
            case SUBSCRIBE -> subscribed(session, headers.getSubscriptionId(), headers.getDestination());
            case UNSUBSCRIBE -> unsubscribed(session, headers.getSubscriptionId());
            case DISCONNECT -> disconnected(session);
            default -> {}
        }
    }

    @EventListener
    void onDisconnect(SessionDisconnectEvent event) {
        disconnected(event.getSessionId());
    }

    private void subscribed(String session, String subscription, String destination) {
        long meetingId = LiveTopics.meetingOf(destination);
        if (meetingId < 0 || subscription == null) {
            return;
        }
        synchronized (this) {
            Long before = subscriptions
                    .computeIfAbsent(session, id -> new HashMap<>())
                    .put(subscription, meetingId);
            if (before != null) {
                release(before);
            }
            followed.computeIfAbsent(meetingId, Followed::new).count++;
        }
        sendCurrent(session, subscription, destination, meetingId);
    }

    private synchronized void unsubscribed(String session, String subscription) {
        Map<String, Long> own = subscriptions.get(session);
        Long meetingId = own == null || subscription == null ? null : own.remove(subscription);
        if (meetingId != null) {
            release(meetingId);
        }
        if (own != null && own.isEmpty()) {
            subscriptions.remove(session);
        }
    }

    private synchronized void disconnected(String session) {
        Map<String, Long> own = subscriptions.remove(session);
        if (own != null) {
            own.values().forEach(this::release);
        }
    }

    private void release(long meetingId) {
        Followed meeting = followed.get(meetingId);
        if (meeting != null && --meeting.count == 0) {
            followed.remove(meetingId);
            meeting.stop.run();
        }
    }

    /** The current snapshot, to this one subscription only, as the broker would send it. */
    private void sendCurrent(String session, String subscription, String destination, long meetingId) {
        MeetingSnapshot snapshot = Snapshots.of(pictures.current(meetingId));
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(session);
        headers.setSubscriptionId(subscription);
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        Message<?> message = broker.getMessageConverter().toMessage(snapshot, headers.getMessageHeaders());
        if (message != null) {
            clients.send(message);
        }
    }

    /** A meeting followed through the API: its subscriptions, and the last snapshot published. */
    private final class Followed {
        final long meetingId;
        final Runnable stop;
        int count;
        MeetingSnapshot lastSent;

        Followed(long meetingId) {
            this.meetingId = meetingId;
            this.stop = pictures.follow(meetingId, this::publish);
        }

        /** On the pictures' own thread, one picture after the other. */
        private void publish(MeetingPicture picture) {
            MeetingSnapshot snapshot = Snapshots.of(picture);
            MeetingSnapshot before = lastSent;
            if (before != null && Objects.equals(before.withVersion(0), snapshot.withVersion(0))) {
                return;
            }
            lastSent = snapshot;
            try {
                broker.convertAndSend(LiveTopics.meeting(meetingId), snapshot);
            } catch (RuntimeException e) {
                log.warn("Could not publish snapshot {} of meeting {}", snapshot.version(), meetingId, e);
            }
        }
    }
}
