package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Translations;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import nl.buurtkaarten.support.matching.ReasonKind;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SummaryServiceTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    SummaryService summaries;

    @Autowired
    ContactService contacts;

    @Autowired
    SupportService support;

    Meeting meeting;
    Joined amina;
    Joined joost;
    Joined sam;

    @BeforeEach
    void threeParents() {
        meeting = given.evening("summary-owner", "Samenvatting");
        amina = given.join(meeting, "Amina");
        joost = given.join(meeting, "Joost");
        sam = given.join(meeting, "Sam");
    }

    @Test
    void parentsWhoHelpEachOtherAreMatchedBothWaysWithReasons() {
        SupportItem babysitting = given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        given.offer(joost, Topic.LANGUAGE_AND_FORMS);
        given.request(amina, Topic.LANGUAGE_AND_FORMS);
        given.request(sam, Topic.LISTENING_EAR);

        MeetingSummary summary = summaries.summary(meeting.id());
        assertThat(summary.matches()).hasSize(2);
        SuggestedMatch first = summary.matches().stream()
                .filter(match -> match.offer().id() == babysitting.id())
                .findFirst()
                .orElseThrow();
        assertThat(first.helper().nickname()).isEqualTo("Amina");
        assertThat(first.receiver().nickname()).isEqualTo("Joost");
        assertThat(first.reasons())
                .extracting(reason -> reason.kind())
                .contains(ReasonKind.SAME_TOPIC, ReasonKind.GIVE_AND_TAKE);
        assertThat(summary.openRequests()).extracting(SupportItem::topic).containsExactly(Topic.LISTENING_EAR);
        assertThat(summary.givingAndReceiving()).isEqualTo(2);
        assertThat(summary.givingAndReceivingPercent()).isEqualTo(67);
        assertThat(summaries.personal(meeting.id(), sam.participant().id())).isEmpty();
    }

    @Test
    void pietWhoOfferedHomeworkIsNeverSaidToHelpMehmetWithLanguageAndForms() {
        Joined piet = given.join(meeting, "Piet");
        Joined mehmet = given.join(meeting, "Mehmet");
        given.offer(piet, Topic.HOMEWORK);
        given.request(mehmet, Topic.LANGUAGE_AND_FORMS);

        MeetingSummary summary = summaries.summary(meeting.id());

        SuggestedMatch pair = summary.matches().getFirst();
        assertThat(summary.matches()).hasSize(1);
        assertThat(pair.suggestion()).isTrue();
        assertThat(summary.topicMatches()).isEmpty();
        assertThat(summary.suggestions()).containsExactly(pair);
        assertThat(summary.givingAndReceiving()).isZero();
        SummaryTexts.Texts dutch = texts("nl");
        assertThat(SummaryTexts.pair(dutch, pair))
                .isEqualTo("Piet helpt met huiswerk. Misschien kan Piet Mehmet ook helpen met taal en formulieren?")
                .doesNotContain("Piet kan Mehmet helpen");
        assertThat(SummaryTexts.reasons(dutch, pair.reasons()))
                .isEqualTo("ander onderwerp, wel allebei advies en informatie");
        assertThat(SummaryTexts.pairFor(dutch, pair, piet.participant().id()))
                .isEqualTo(
                        "Mehmet zoekt hulp met taal en formulieren. Jij helpt met huiswerk. Kun jij hier misschien ook bij helpen?");
        assertThat(SummaryTexts.pairFor(dutch, pair, mehmet.participant().id()))
                .isEqualTo(
                        "Piet helpt met huiswerk. Misschien kan Piet jou ook helpen met taal en formulieren? Vraag het gerust.");
        assertThat(SummaryTexts.fit(dutch, pair)).isEqualTo("idee: ander onderwerp, niet aangeboden");
        // In every language the pair names what Piet offered and what Mehmet asked, in that language's own words.
        for (String language : List.of("nl", "en", "ar", "tr", "pl")) {
            SummaryTexts.Texts texts = texts(language);
            String homework = texts.text("topic.homework").toLowerCase(Locale.ROOT);
            String forms = texts.text("topic.language_and_forms").toLowerCase(Locale.ROOT);
            for (String text : List.of(
                    SummaryTexts.pair(texts, pair),
                    SummaryTexts.pairFor(texts, pair, piet.participant().id()),
                    SummaryTexts.pairFor(texts, pair, mehmet.participant().id()))) {
                assertThat(text).as(language).contains(homework, forms).doesNotContain("!", "{");
            }
            assertThat(SummaryTexts.pair(texts, pair))
                    .as(language)
                    .isNotEqualTo(texts.text("summary.match", "Piet", "Mehmet", forms));
            assertThat(SummaryTexts.reasons(texts, pair.reasons()) + SummaryTexts.fit(texts, pair))
                    .as(language)
                    .doesNotContain("!");
        }
    }

    @Test
    void aPairKeepsAParentsOwnWordsAndCanMarkEveryTypedValue() {
        given.inOwnWords(amina, Direction.OFFER, "Fiets repareren");
        given.request(joost, Topic.SHOPPING);

        SuggestedMatch pair = summaries.summary(meeting.id()).matches().getFirst();

        assertThat(SummaryTexts.pair(texts("nl"), pair))
                .isEqualTo("Amina helpt met Fiets repareren. Misschien kan Amina Joost ook helpen met boodschappen?");
        // The PDF isolates each typed value so it keeps its place in a right-to-left sentence.
        assertThat(SummaryTexts.pair(texts("nl"), pair, value -> "[" + value + "]"))
                .isEqualTo(
                        "[Amina] helpt met [Fiets repareren]. Misschien kan [Amina] [Joost] ook helpen met [boodschappen]?");
    }

    @Test
    void realPairsComeBeforeSuggestionsAndOnlyRealPairsCountAsGivingAndReceiving() {
        given.offer(amina, Topic.HOMEWORK);
        given.request(joost, Topic.LANGUAGE_AND_FORMS); // only a suggestion from Amina
        given.offer(joost, Topic.COOKING);
        given.request(sam, Topic.COOKING); // a real pair: Joost cooks for Sam
        given.offer(sam, Topic.LISTENING_EAR);
        given.request(amina, Topic.LISTENING_EAR); // a real pair: Sam listens to Amina

        MeetingSummary summary = summaries.summary(meeting.id());

        assertThat(summary.matches()).extracting(SuggestedMatch::suggestion).containsExactly(false, false, true);
        assertThat(summary.topicMatches()).hasSize(2);
        // Sam gives and receives in real pairs; Joost and Amina only through the suggestion.
        assertThat(summary.givingAndReceiving()).isEqualTo(1);
    }

    @Test
    void reasonsSayTimesAsPeopleSayThem() {
        Set<Slot> weekdayEvenings = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new Slot(day, PartOfDay.EVENING))
                .collect(Collectors.toSet());
        given.add(amina, new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, weekdayEvenings, null, null));
        given.request(joost, Topic.BABYSITTING);
        Set<Slot> tuesdayAndThursday = Set.of(
                new Slot(DayOfWeek.TUESDAY, PartOfDay.EVENING),
                new Slot(DayOfWeek.THURSDAY, PartOfDay.EVENING),
                new Slot(DayOfWeek.SATURDAY, PartOfDay.MORNING));
        given.add(
                sam,
                new SupportDraft(Direction.REQUEST, null, Topic.BABYSITTING, null, tuesdayAndThursday, null, null));

        MeetingSummary summary = summaries.summary(meeting.id());

        List<String> reasons = summary.matches().stream()
                .map(match -> SummaryTexts.reasons(texts("nl"), match.reasons()))
                .toList();
        assertThat(reasons)
                .containsExactlyInAnyOrder(
                        "allebei over oppassen · het kan doordeweeks 's avonds",
                        "allebei over oppassen · allebei op dinsdag en donderdag 's avonds vrij");
        assertThat(summary.matches().stream()
                        .map(match -> SummaryTexts.reasons(texts("en"), match.reasons()))
                        .toList())
                .containsExactlyInAnyOrder(
                        "both about babysitting · can be on weekdays in the evening",
                        "both about babysitting · both free on Tuesday and Thursday in the evening");
    }

    @Test
    void aWithdrawnOfferLeavesTheSummaryAtOnce() {
        SupportItem offer = given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        assertThat(summaries.summary(meeting.id()).matches()).hasSize(1);
        support.withdraw(meeting.id(), amina.token(), offer.id());
        MeetingSummary after = summaries.summary(meeting.id());
        assertThat(after.matches()).isEmpty();
        assertThat(after.openRequests()).hasSize(1);
    }

    @Test
    void noOffersOrNoRequestsGiveAnEmptyButValidSummary() {
        assertThat(summaries.summary(meeting.id()).matches()).isEmpty();
        given.offer(amina, Topic.COOKING);
        assertThat(summaries.summary(meeting.id()).matches()).isEmpty();
        assertThat(summaries.summary(meeting.id()).offers()).isEqualTo(1);
    }

    @Test
    void contactDetailsAreSeenOnlyWhenBothAgreed() {
        given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        long aminaId = amina.participant().id();
        long joostId = joost.participant().id();

        contacts.share(meeting.id(), amina.token(), joostId, "06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).isEmpty();
        assertThat(contacts.mutualContact(meeting.id(), amina.token(), joostId)).isEmpty();

        contacts.share(meeting.id(), joost.token(), aminaId, "joost@voorbeeld.nl");
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).contains("06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), amina.token(), joostId)).contains("joost@voorbeeld.nl");

        contacts.stopSharing(meeting.id(), amina.token(), joostId);
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).isEmpty();
    }

    @Test
    void aParentWhoSharesAgainReplacesTheirDetail() {
        given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        long aminaId = amina.participant().id();
        long joostId = joost.participant().id();
        contacts.share(meeting.id(), joost.token(), aminaId, "joost@voorbeeld.nl");

        contacts.share(meeting.id(), amina.token(), joostId, "06 12345678");
        contacts.share(meeting.id(), amina.token(), joostId, "06 87654321");

        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).contains("06 87654321");
        assertThat(contacts.mySharing(meeting.id(), amina.token())).containsExactly(Map.entry(joostId, "06 87654321"));
    }

    @Test
    void aParentCanAgreeToContactWithoutTypingAndMeetInPerson() {
        given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        long aminaId = amina.participant().id();
        long joostId = joost.participant().id();

        contacts.shareInPerson(meeting.id(), amina.token(), joostId);
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).isEmpty();
        contacts.share(meeting.id(), joost.token(), aminaId, "06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), amina.token(), joostId)).contains("06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).contains(ContactService.IN_PERSON);
        refused(
                () -> contacts.shareInPerson(
                        meeting.id(), amina.token(), sam.participant().id()),
                "contact.error.not-matched");
    }

    @Test
    void contactIsSharedOnlyWithAMatchAndOnlyWhenItLooksLikeAContact() {
        given.offer(amina, Topic.BABYSITTING);
        given.request(joost, Topic.BABYSITTING);
        long joostId = joost.participant().id();
        refused(
                () -> contacts.share(
                        meeting.id(), amina.token(), sam.participant().id(), "06 12345678"),
                "contact.error.not-matched");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "   "), "contact.error.empty");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "12 34"), "contact.error.phone");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "bel me maar"), "contact.error.phone");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "amina@"), "contact.error.email");
        refused(
                () -> contacts.share(meeting.id(), amina.token(), joostId, "x".repeat(101) + "@a.nl"),
                "contact.error.too-long");
        assertThat(contacts.mySharing(meeting.id(), amina.token())).isEmpty();
    }

    @Test
    void theNetworkPictureShowsNicknamesAsTextNeverAsMarkup() {
        Joined odd = given.join(meeting, "<b>Sam</b>");
        given.offer(odd, Topic.COOKING);
        given.request(amina, Topic.COOKING);
        String svg = NetworkPicture.svg(summaries.summary(meeting.id()), "Netwerk");
        assertThat(svg).contains("&lt;b&gt;Sam&lt;/b&gt;").doesNotContain("<b>");
        assertThat(NetworkPicture.svg(summaries.summary(meeting.id()), "Netwerk"))
                .isEqualTo(svg);
    }

    private static SummaryTexts.Texts texts(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Translations translations = new Translations();
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
