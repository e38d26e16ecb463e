package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * When the database cannot take an answer in time (every connection busy, as in a burst of
 * answers), the parent is told in their own words and keeps what they typed; sending again works
 * once the database has room. The pool here gives up waiting for a connection after Hikari's least,
 * 250 ms, instead of 30 s (Hikari reads this setting only when the pool starts).
 */
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=250")
class AnswerNotSavedTest extends KaribuTest {

    private static final String TEXT = "Bij ons thuis spreken we Pools en Nederlands.";

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    DataSource dataSource;

    @Test
    void aParentWhoseAnswerCouldNotBeSavedIsToldSoAndKeepsTheirText() throws SQLException {
        String owner = "busy-facilitator-" + UUID.randomUUID();
        Meeting meeting = meetings.open(owner, "Ouderavond De Linde", List.of("buurt-starter"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withClasses("bk-nickname")), "Amina");
        _click(_get(Button.class, spec -> spec.withClasses("bk-join-button")));
        TextArea field = _get(TextArea.class, spec -> spec.withClasses("bk-answer-field"));
        _setValue(field, TEXT);

        whileEveryConnectionIsBusy(() -> _click(_get(Button.class, spec -> spec.withClasses("bk-send"))));

        assertThat(field.getValue()).isEqualTo(TEXT);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("Het lukte niet om je antwoord op te slaan. Probeer het nog eens. Je tekst staat er nog.");
        assertThat(_find(Notification.class)).isEmpty();
        assertThat(participation.visibleAnswers(card.id())).isEmpty();

        _click(_get(Button.class, spec -> spec.withClasses("bk-send")));

        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly(TEXT);
        assertThat(field.getValue()).isEmpty();
        assertThat(field.isInvalid()).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("bk-own-text")))
                .extracting(Paragraph::getText)
                .containsExactly(TEXT);
    }

    /** Holds every connection of the pool while the action runs, as a burst of requests does. */
    private void whileEveryConnectionIsBusy(Runnable action) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(250);
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }
            action.run();
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }
}
