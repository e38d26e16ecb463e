package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import nl.buurtkaarten.base.logging.DatabaseErrors;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A whole meeting with debug logging of the app on: no nickname, answer, note or contact detail reaches the log. */
@SpringBootTest(properties = "logging.level.nl.buurtkaarten=debug")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SummaryService summaries;

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nothingAParentFillsInIsLogged(CapturedOutput output) {
        Meeting meeting = given.evening("log-owner", "Logavond");
        Joined zwaan = given.join(meeting, "Zwaantje77");
        Joined reiger = given.join(meeting, "Reiger88");
        DrawnCard card = meetings.drawNext(meeting.id(), "log-owner", null);
        participation.answer(zwaan.token(), card.id(), "GeheimAntwoordXYZ", true);
        given.add(
                zwaan,
                new SupportDraft(Direction.OFFER, null, Topic.OTHER, "EigenOnderwerpQ", Set.of(), null, "NotitieKLM"));
        given.inOwnWords(reiger, Direction.REQUEST, "EigenOnderwerpQ");
        summaries.summary(meeting.id());
        contacts.share(meeting.id(), zwaan.token(), reiger.participant().id(), "06 31415926");
        participation.forget(meeting.id(), zwaan.token());

        assertThat(output.getAll())
                .doesNotContain(
                        "Zwaantje77",
                        "Reiger88",
                        "GeheimAntwoordXYZ",
                        "EigenOnderwerpQ",
                        "NotitieKLM",
                        "06 31415926",
                        zwaan.token(),
                        reiger.token());
    }

    /**
     * H2 and PostgreSQL quote the key in a unique-key violation (here the nickname) and Spring repeats
     * it; whatever part of the app logs such an error, the nickname must not reach the log, while the
     * kind of error, its code and the stack trace do.
     */
    @Test
    void aDatabaseErrorThatQuotesANicknameIsLoggedWithoutIt(CapturedOutput output) {
        Meeting meeting = given.evening("log-owner", "Logavond 2");
        given.join(meeting, "Lepelaar55");
        DataAccessException error = catchThrowableOfType(
                DataAccessException.class,
                () -> jdbc.sql("insert into participant (meeting_id, nickname, nickname_key, token_hash, joined_at) "
                                + "values (?, 'Lepelaar55', 'lepelaar55', 'x', current_timestamp)")
                        .params(meeting.id())
                        .update());
        assertThat(error).isInstanceOf(DuplicateKeyException.class);
        assertThat(error.getMessage())
                .as("the error itself quotes the nickname")
                .contains("lepelaar55");

        LoggerFactory.getLogger(LogsHoldNoPersonalDataTest.class).error("A write failed", error);
        LoggerFactory.getLogger(LogsHoldNoPersonalDataTest.class)
                .warn("A write failed: {}", DatabaseErrors.describe(error));

        // H2 names its error code, PostgreSQL (mvn -Ppostgresql) its SQL state: the same number.
        assertThat(output.getAll())
                .doesNotContainIgnoringCase("lepelaar55")
                .containsPattern(
                        "org\\.springframework\\.dao\\.DuplicateKeyException: \\(message withheld: database errors can quote stored data; (H2 error|SQL state) 23505\\)")
                .containsPattern(
                        "Caused by: (org\\.h2\\.jdbc\\.JdbcSQLIntegrityConstraintViolationException|org\\.postgresql\\.util\\.PSQLException): \\(message withheld")
                .contains("at nl.buurtkaarten.summary.LogsHoldNoPersonalDataTest");
    }
}
