package nl.buurtkaarten.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.UserText;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.SupportEvents.AreasChanged;
import nl.buurtkaarten.support.SupportEvents.SupportChanged;
import nl.buurtkaarten.support.internal.SupportRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and requests: parents add, change and withdraw their own (identified by their token);
 * the facilitator sets the streets and areas parents can choose from.
 */
@Service
public class SupportService {

    public static final int MAX_OTHER_TOPIC = 60;
    public static final int MAX_NOTE = 200;
    public static final int MAX_ITEMS_PER_PARENT = 20;
    public static final int MAX_AREAS = 30;
    public static final int MAX_AREA_NAME = 60;

    private final SupportRepository repository;
    private final ParticipationService participation;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportService(
            SupportRepository repository,
            ParticipationService participation,
            MeetingService meetings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.participation = participation;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SupportItem add(long meetingId, String token, SupportDraft draft) {
        Participant parent = openMeetingParticipant(meetingId, token);
        SupportDraft clean = clean(meetingId, draft);
        if (repository.ofParticipant(parent.id()).size() >= MAX_ITEMS_PER_PARENT) {
            throw new UserFacingException("support.error.too-many", MAX_ITEMS_PER_PARENT);
        }
        long id = repository.insert(meetingId, parent.id(), clean, clock.instant());
        events.publishEvent(new SupportChanged(meetingId, parent.id()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public SupportItem change(long meetingId, String token, long itemId, SupportDraft draft) {
        Participant parent = openMeetingParticipant(meetingId, token);
        own(parent, itemId);
        repository.update(itemId, clean(meetingId, draft), clock.instant());
        events.publishEvent(new SupportChanged(meetingId, parent.id()));
        return repository.find(itemId).orElseThrow();
    }

    @Transactional
    public void withdraw(long meetingId, String token, long itemId) {
        Participant parent = openMeetingParticipant(meetingId, token);
        own(parent, itemId);
        repository.delete(itemId);
        events.publishEvent(new SupportChanged(meetingId, parent.id()));
    }

    /** The parent's own offers and requests, in the order they were made. */
    public List<SupportItem> mine(long meetingId, String token) {
        Participant parent = participation
                .recognise(meetingId, token)
                .orElseThrow(() -> new UserFacingException("join.error.not-joined"));
        return repository.ofParticipant(parent.id());
    }

    /** All offers and requests of a meeting, for matching and the summary. */
    public List<SupportItem> ofMeeting(long meetingId) {
        return repository.ofMeeting(meetingId);
    }

    /** Offers and requests per kind of support: what the projector may show. */
    public Map<SupportKind, SupportCounts> counts(long meetingId) {
        return new SupportNow(repository.ofMeeting(meetingId)).counts();
    }

    /** Carries offers, requests and areas into a follow-up meeting, for the carried-over parents. */
    @Transactional
    public void carryOver(long previousMeetingId, long followUpMeetingId, Map<Long, Long> participantIds) {
        repository.replaceAreas(followUpMeetingId, repository.areas(previousMeetingId));
        for (SupportItem item : repository.ofMeeting(previousMeetingId)) {
            Long copy = participantIds.get(item.participantId());
            if (copy != null) {
                repository.copy(item, followUpMeetingId, copy, clock.instant());
            }
        }
    }

    public List<String> areas(long meetingId) {
        return repository.areas(meetingId);
    }

    /** The facilitator's list of streets and areas for this meeting; blank lines and doubles are left out. */
    @Transactional
    public List<String> setAreas(long meetingId, String owner, List<String> names) {
        meetings.ownedBy(meetingId, owner);
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || !UserText.isVisible(name)) {
                continue;
            }
            String area = UserText.line(name, "support.error.invisible");
            if (UserText.length(area) > MAX_AREA_NAME) {
                throw new UserFacingException("support.error.area-too-long", MAX_AREA_NAME);
            }
            clean.add(area);
        }
        if (clean.size() > MAX_AREAS) {
            throw new UserFacingException("support.error.too-many-areas", MAX_AREAS);
        }
        repository.replaceAreas(meetingId, new ArrayList<>(clean));
        events.publishEvent(new AreasChanged(meetingId));
        return List.copyOf(clean);
    }

    private Participant openMeetingParticipant(long meetingId, String token) {
        Participant parent = participation
                .recognise(meetingId, token)
                .orElseThrow(() -> new UserFacingException("join.error.not-joined"));
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        if (!meeting.isOpen()) {
            throw new UserFacingException("meeting.error.closed");
        }
        return parent;
    }

    private void own(Participant parent, long itemId) {
        repository
                .find(itemId)
                .filter(item -> item.participantId() == parent.id())
                .orElseThrow(() -> new UserFacingException("support.error.not-found"));
    }

    private SupportDraft clean(long meetingId, SupportDraft draft) {
        if (draft.direction() == null) {
            throw new UserFacingException("support.error.direction");
        }
        if (draft.topic() == null) {
            throw new UserFacingException("support.error.topic");
        }
        SupportKind kind = draft.kind() == null ? draft.topic().defaultKind() : draft.kind();
        String other = draft.otherTopic() == null || !UserText.isVisible(draft.otherTopic())
                ? null
                : UserText.line(draft.otherTopic(), "support.error.invisible");
        if (draft.topic() == Topic.OTHER && other == null) {
            throw new UserFacingException("support.error.other-topic-empty");
        }
        if (draft.topic() != Topic.OTHER) {
            other = null;
        }
        if (other != null && UserText.length(other) > MAX_OTHER_TOPIC) {
            throw new UserFacingException("support.error.other-topic-too-long", MAX_OTHER_TOPIC);
        }
        String area = draft.area() == null || draft.area().isBlank()
                ? null
                : UserText.line(draft.area(), "support.error.unknown-area");
        if (area != null && !repository.areas(meetingId).contains(area)) {
            throw new UserFacingException("support.error.unknown-area");
        }
        String note = draft.note() == null || !UserText.isVisible(draft.note())
                ? null
                : UserText.text(draft.note(), "support.error.invisible");
        if (note != null && UserText.length(note) > MAX_NOTE) {
            throw new UserFacingException("support.error.note-too-long", MAX_NOTE);
        }
        return new SupportDraft(draft.direction(), kind, draft.topic(), other, draft.when(), area, note);
    }
}
