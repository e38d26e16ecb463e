package nl.buurtkaarten.summary;

import java.util.List;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.summary.internal.ConsentRepository;
import nl.buurtkaarten.support.SupportNow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The summary's parts of the live picture: who could support whom, and who agreed to share contact. */
final class SummaryParts {

    private SummaryParts() {
    }

    @Component
    @Order(50)
    static class SummaryPart implements PicturePart<SummaryNow> {

        private final SummaryService summaries;

        SummaryPart(SummaryService summaries) {
            this.summaries = summaries;
        }

        @Override
        public Class<SummaryNow> type() {
            return SummaryNow.class;
        }

        @Override
        public boolean isStale(List<MeetingEvent> events, Building picture) {
            return picture.hasChanged(Participants.class) || picture.hasChanged(SupportNow.class);
        }

        @Override
        public SummaryNow read(long meetingId, Building picture) {
            return new SummaryNow(picture.part(Participants.class).all(), picture.part(SupportNow.class).items(), summaries::summaryOf);
        }
    }

    @Component
    @Order(60)
    static class ContactsPart implements PicturePart<ContactsNow> {

        private final ConsentRepository consents;

        ContactsPart(ConsentRepository consents) {
            this.consents = consents;
        }

        @Override
        public Class<ContactsNow> type() {
            return ContactsNow.class;
        }

        @Override
        public boolean isStale(List<MeetingEvent> events, Building picture) {
            return picture.hasChanged(Participants.class)
                    || events.stream().anyMatch(event -> event instanceof ContactService.ContactConsentChanged);
        }

        @Override
        public ContactsNow read(long meetingId, Building picture) {
            return new ContactsNow(consents.ofMeeting(meetingId));
        }
    }
}
