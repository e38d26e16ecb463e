package nl.buurtkaarten.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.internal.MeetingRepository;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.internal.ParticipationRepository;
import nl.buurtkaarten.summary.internal.ConsentRepository;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.Topic;
import nl.buurtkaarten.support.internal.SupportRepository;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read of every repository works with a pool of one connection, outside a transaction: a
 * read that ran a second query while its first result set was still open would wait for a second
 * connection that never comes, and fail after the pool's timeout. With the app's pool of ten, ten
 * such reads at once (a burst of parents answering) did exactly that: each held one connection and
 * waited for another until Hikari gave up after 30 s, and the answers were lost.
 */
class ReadsTakeOneConnectionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T19:30:00Z");

    private HikariDataSource pool;
    private MeetingRepository meetings;
    private ParticipationRepository participation;
    private SupportRepository support;
    private ConsentRepository consents;

    @BeforeEach
    void poolOfOneConnection() {
        String url = "jdbc:h2:mem:one-connection-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // Flyway takes connections of its own: the tables are made before the pool exists.
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(1);
        // Hikari's shortest: a read that needs a second connection fails fast instead of after 30 s.
        config.setConnectionTimeout(250);
        pool = new HikariDataSource(config);
        JdbcClient jdbc = JdbcClient.create(pool);
        meetings = new MeetingRepository(jdbc);
        participation = new ParticipationRepository(jdbc);
        support = new SupportRepository(jdbc);
        consents = new ConsentRepository(jdbc);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aMeetingWithItsDecksIsReadWithOneConnection() {
        long id = meetings.insertMeeting(
                "Buurtavond", "nl", "KDNRJKD3R", "anna", List.of("kennismaken", "buurt-starter"), NOW, null);
        long other = meetings.insertMeeting(
                "Tweede avond", "nl", "PQRSTUVWX", "anna", List.of("fijne-jeugd"), NOW.plusSeconds(60), id);
        meetings.insertMeeting("Van een ander", "nl", "ABCDEFGHJ", "bert", List.of(), NOW, null);

        Meeting found = meetings.findMeeting(id).orElseThrow();
        assertThat(found.title()).isEqualTo("Buurtavond");
        assertThat(found.deckIds()).containsExactly("buurt-starter", "kennismaken");
        assertThat(meetings.findByJoinCode("KDNRJKD3R")).map(Meeting::id).contains(id);
        assertThat(meetings.lockMeeting(other)).map(Meeting::deckIds).contains(List.of("fijne-jeugd"));
        assertThat(meetings.findByOwner("anna"))
                .extracting(Meeting::id, Meeting::deckIds)
                .containsExactly(
                        Tuple.tuple(other, List.of("fijne-jeugd")),
                        Tuple.tuple(id, List.of("buurt-starter", "kennismaken")));
        assertThat(meetings.findByOwner("bert"))
                .singleElement()
                .extracting(Meeting::deckIds)
                .isEqualTo(List.of());
        assertThat(meetings.findByOwner("nobody")).isEmpty();
        assertThat(meetings.findMeeting(id + 1000)).isEmpty();
    }

    @Test
    void drawsAnswersOffersAndConsentsAreReadWithOneConnection() {
        long meetingId =
                meetings.insertMeeting("Buurtavond", "nl", "KDNRJKD3R", "anna", List.of("kennismaken"), NOW, null);
        Card card = new Card(
                "kennismaken",
                "kennis-1",
                CardKind.QUESTION,
                "Kennismaken",
                SupportKind.CONNECTION,
                Map.of("nl", "Wie ben jij?", "en", "Who are you?"),
                Map.of("nl", "Laat iedereen aan het woord."),
                null);
        long first = meetings.insertDraw(meetingId, 1, card, NOW);
        long second = meetings.insertDraw(meetingId, 1, card, NOW.plusSeconds(60));
        meetings.setCurrentDraw(meetingId, second);

        DrawnCard drawn = meetings.findDraw(first).orElseThrow();
        assertThat(drawn.textIn("en")).isEqualTo("Who are you?");
        assertThat(meetings.neighbour(meetingId, 2, false)).map(DrawnCard::id).contains(first);
        assertThat(meetings.drawnCardKeys(meetingId, 1)).containsOnly("kennismaken/kennis-1");

        long anna = participation.insertParticipant(meetingId, "Anna", "anna", "hash-anna", NOW);
        long bert = participation.insertParticipant(meetingId, "Bert", "bert", "hash-bert", NOW);
        long answer = participation.insertAnswer(anna, second, "Ik woon hier al tien jaar", null, true, NOW);
        assertThat(participation.findAnswer(answer)).map(Answer::text).contains("Ik woon hier al tien jaar");
        assertThat(participation.answersTo(second))
                .extracting(Answer::publicName)
                .containsExactly("Anna");
        assertThat(participation.answersOf(anna, second)).hasSize(1);
        assertThat(participation.findByTokenHash("hash-bert"))
                .map(participant -> participant.id())
                .contains(bert);
        assertThat(participation.participants(meetingId)).hasSize(2);

        long offer = support.insert(
                meetingId,
                anna,
                new SupportDraft(
                        Direction.OFFER,
                        SupportKind.PRACTICAL,
                        Topic.BABYSITTING,
                        null,
                        Set.of(new Slot(DayOfWeek.MONDAY, PartOfDay.EVENING)),
                        null,
                        null),
                NOW);
        support.replaceAreas(meetingId, List.of("Noord", "Zuid"));
        assertThat(support.find(offer)).map(SupportItem::topic).contains(Topic.BABYSITTING);
        assertThat(support.ofMeeting(meetingId)).hasSize(1);
        assertThat(support.ofParticipant(anna)).hasSize(1);
        assertThat(support.areas(meetingId)).containsExactly("Noord", "Zuid");

        consents.put(meetingId, anna, bert, "06-12345678", NOW);
        assertThat(consents.contact(anna, bert)).contains("06-12345678");
        assertThat(consents.sharedBy(anna)).containsEntry(bert, "06-12345678");
    }
}
