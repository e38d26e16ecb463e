package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.matching.PartOfDay;
import nl.buurtkaarten.support.matching.Slot;
import nl.buurtkaarten.support.matching.Topic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The facilitator's PDF holds the expected pairs and open requests, and no contact details. */
@SpringBootTest
@ActiveProfiles("test")
class SummaryPdfTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ParticipationService participation;
    @Autowired
    SupportService support;
    @Autowired
    SummaryService summaries;
    @Autowired
    ContactService contacts;

    @Test
    void thePdfListsThePairsAndOpenRequestsButNoContactDetails() throws IOException {
        Meeting meeting = meetings.open("pdf-owner", "Koffieochtend De Regenboog", List.of("buurt-starter"), "nl");
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        Joined sam = participation.join(meeting.id(), "Sam");
        add(meeting, amina, Direction.OFFER, Topic.BABYSITTING);
        add(meeting, joost, Direction.REQUEST, Topic.BABYSITTING);
        add(meeting, sam, Direction.REQUEST, Topic.LISTENING_EAR);
        contacts.share(meeting.id(), amina.token(), joost.participant().id(), "06 55512345");
        contacts.share(meeting.id(), joost.token(), amina.participant().id(), "joost@buurtmail.nl");

        String dutch = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.forLanguageTag("nl")));
        assertThat(dutch).contains("Koffieochtend De Regenboog", "Wie kan wie helpen?", "Amina kan Joost helpen met oppassen",
                "1 vraag is nog open", "Sam: Een luisterend oor");
        assertThat(dutch).doesNotContain("06 55512345", "joost@buurtmail.nl");

        String english = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.ENGLISH));
        assertThat(english).contains("Who could help whom?", "Amina could help Joost with babysitting");
    }

    @Test
    void thePdfSaysPietOnlyMightHelpMehmetAndSaysTimesAsPeopleSayThem() throws IOException {
        Meeting meeting = meetings.open("pdf-owner", "Buurtavond", List.of("buurt-starter"), "nl");
        Joined piet = participation.join(meeting.id(), "Piet");
        Joined mehmet = participation.join(meeting.id(), "Mehmet");
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        add(meeting, piet, Direction.OFFER, Topic.HOMEWORK);
        add(meeting, mehmet, Direction.REQUEST, Topic.LANGUAGE_AND_FORMS);
        Set<Slot> everyEvening = java.util.Arrays.stream(DayOfWeek.values()).map(day -> new Slot(day, PartOfDay.EVENING))
                .collect(java.util.stream.Collectors.toSet());
        support.add(meeting.id(), amina.token(), new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, everyEvening, null, null));
        add(meeting, joost, Direction.REQUEST, Topic.BABYSITTING);

        String dutch = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.forLanguageTag("nl")));
        assertThat(dutch).contains("Piet helpt met huiswerk. Misschien kan Piet Mehmet ook helpen met taal en formulieren?",
                "ander onderwerp, wel allebei advies en informatie", "Amina kan Joost helpen met oppassen",
                "het kan elke avond", "1 koppels", "1 ideeën");
        assertThat(dutch).doesNotContain("Piet kan Mehmet helpen", "ma-avond");
        // The real pair is listed before the idea.
        assertThat(dutch.indexOf("Amina kan Joost")).isLessThan(dutch.indexOf("Piet helpt met huiswerk"));

        String english = text(SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locale.ENGLISH));
        assertThat(english).contains("Piet helps with homework. Maybe Piet could also help Mehmet with language and forms?",
                "can be every evening").doesNotContain("Piet could help Mehmet", "!");
    }

    private void add(Meeting meeting, Joined parent, Direction direction, Topic topic) {
        support.add(meeting.id(), parent.token(), new SupportDraft(direction, null, topic, null, Set.of(), null, null));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
