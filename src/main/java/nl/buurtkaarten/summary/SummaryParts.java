package nl.buurtkaarten.summary;

import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.summary.internal.ConsentRepository;
import nl.buurtkaarten.support.SupportNow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The summary's parts of the live picture: who could support whom, and who agreed to share contact. */
@Configuration(proxyBeanMethods = false)
class SummaryParts {

    @Bean
    @Order(50)
    PicturePart<SummaryNow> summaryPart(SummaryService summaries) {
        return PicturePart.of(
                SummaryNow.class,
                (events, picture) -> picture.hasChanged(Participants.class) || picture.hasChanged(SupportNow.class),
                (meetingId, picture) -> new SummaryNow(
                        picture.part(Participants.class).all(),
                        picture.part(SupportNow.class).items(),
                        summaries::summaryOf));
    }

    @Bean
    @Order(60)
    PicturePart<ContactsNow> contactsPart(ConsentRepository consents) {
        return PicturePart.of(
                ContactsNow.class,
                (events, picture) -> picture.hasChanged(Participants.class)
                        || PicturePart.anyOf(events, ContactService.ContactConsentChanged.class),
                (meetingId, picture) -> new ContactsNow(consents.ofMeeting(meetingId)));
    }
}
