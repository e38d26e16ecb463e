package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

/** The live API against the running app, through a real STOMP client: following, commands and every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveApiTest {

    private static final String PASSWORD = "juist-wachtwoord-123";

    @LocalServerPort
    int port;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    LiveReadTokens readTokens;

    @Autowired
    AccountService accounts;

    @Autowired
    LiveFollowers followers;

    @Autowired
    SupportService support;

    String owner;
    Meeting meeting;
    String token;
    String topic;
    private final List<LiveClient> clients = new ArrayList<>();

    @BeforeEach
    void openMeeting() {
        owner = "live-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(owner, PASSWORD, List.of(Roles.FACILITATOR));
        meeting = meetings.open(owner, "Buurthuis Noord", List.of("buurt-starter"), "nl");
        token = readTokens.renew(meeting.id(), owner);
        topic = "/topic/meetings/" + meeting.id();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void aFollowerWithTheReadTokenGetsTheSnapshotAndThenEveryDraw() throws Exception {
        LiveClient follower = follower(token);
        follower.subscribe(topic);

        JsonNode first = follower.next();
        assertThat(first.get("format").asInt()).isEqualTo(1);
        assertThat(first.get("meetingId").asLong()).isEqualTo(meeting.id());
        assertThat(first.get("status").asString()).isEqualTo("open");
        assertThat(first.get("card").isNull()).isTrue();
        assertThat(first.get("progress").get("remaining").asInt()).isEqualTo(24);
        assertThat(first.get("participants").asInt()).isZero();
        assertThat(first.get("join").get("code").asString()).isEqualTo(meeting.displayCode());
        assertThat(first.get("join").get("path").asString()).isEqualTo("/join/" + meeting.joinCode());

        DrawnCard drawn = meetings.drawNext(meeting.id(), owner, null);
        JsonNode next = follower.next(message -> !message.get("card").isNull());
        JsonNode card = next.get("card");
        assertThat(card.get("drawId").asLong()).isEqualTo(drawn.id());
        assertThat(card.get("text").get("nl").asString()).isEqualTo(drawn.textIn("nl"));
        assertThat(card.get("text").size())
                .as("every language of the card")
                .isEqualTo(drawn.text().size());
        assertThat(next.get("progress").get("remaining").asInt()).isEqualTo(23);
        assertThat(next.get("version").asLong())
                .isGreaterThan(first.get("version").asLong());
    }

    @Test
    void aLateFollowerGetsTheCurrentStateFirst() throws Exception {
        DrawnCard drawn = meetings.drawNext(meeting.id(), owner, null);
        Joined amina = participation.join(meeting.id(), "Amina");
        participation.join(meeting.id(), "Joost");
        participation.answer(amina.token(), drawn.id(), "Samen naar het zwembad", true);

        LiveClient late = follower(token);
        late.subscribe(topic);
        JsonNode first = late.next();
        assertThat(first.get("card").get("drawId").asLong()).isEqualTo(drawn.id());
        assertThat(first.get("participants").asInt()).isEqualTo(2);
        JsonNode texts = first.get("answers").get("texts");
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).get("text").asString()).isEqualTo("Samen naar het zwembad");
        assertThat(texts.get(0).get("name").asString())
                .as("Amina chose to show her name")
                .isEqualTo("Amina");
    }

    @Test
    void aHiddenAnswerAndANameNotShownNeverReachAFollower() throws Exception {
        DrawnCard drawn = meetings.drawNext(meeting.id(), owner, null);
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        Answer hidden = participation.answer(amina.token(), drawn.id(), "Iets persoonlijks over de buren", false);
        participation.setHidden(meeting.id(), owner, hidden.id(), true);
        participation.answer(joost.token(), drawn.id(), "Oppassen op woensdag", false);

        LiveClient follower = follower(token);
        follower.subscribe(topic);
        JsonNode first = follower.next();
        assertThat(first.get("answers").get("count").asInt()).isEqualTo(1);
        assertThat(first.get("answers").get("texts").get(0).get("name").isNull())
                .as("Joost did not show his name")
                .isTrue();

        Answer later = participation.answer(amina.token(), drawn.id(), "Nog een geheim", false);
        follower.next(message -> message.toString().contains("Nog een geheim"));
        participation.setHidden(meeting.id(), owner, later.id(), true);
        follower.next(message -> message.get("answers").get("count").asInt() == 1);

        String everything = follower.all.toString();
        assertThat(everything).doesNotContain("Iets persoonlijks", "Amina");
        assertThat(everything).contains("Oppassen op woensdag").doesNotContain("Joost");
    }

    @Test
    void whileTheAnswersAreHiddenOnlyTheirNumberIsPublished() throws Exception {
        DrawnCard drawn = meetings.drawNext(meeting.id(), owner, null);
        Joined amina = participation.join(meeting.id(), "Amina");
        meetings.setAnswersVisible(meeting.id(), owner, false);
        participation.answer(amina.token(), drawn.id(), "Niet voor het scherm", false);

        LiveClient follower = follower(token);
        follower.subscribe(topic);
        JsonNode answers = follower.next().get("answers");
        assertThat(answers.get("visible").asBoolean()).isFalse();
        assertThat(answers.get("count").asInt()).isEqualTo(1);
        assertThat(follower.all.toString()).doesNotContain("Niet voor het scherm");
    }

    @Test
    void supportIsCountedAndTheSummaryComesOnceTheFacilitatorShowsIt() throws Exception {
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        support.add(
                meeting.id(),
                amina.token(),
                new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, Set.of(), null, "06-12345678"));
        support.add(
                meeting.id(),
                joost.token(),
                new SupportDraft(Direction.REQUEST, null, Topic.BABYSITTING, null, Set.of(), null, null));

        LiveClient follower = follower(token);
        follower.subscribe(topic);
        JsonNode first = follower.next();
        JsonNode practical = first.get("support").get("practical");
        assertThat(practical.get("offers").asInt()).isEqualTo(1);
        assertThat(practical.get("requests").asInt()).isEqualTo(1);
        assertThat(first.get("summary").isNull()).isTrue();
        assertThat(first.toString())
                .as("nobody's name before the summary is shown")
                .doesNotContain("Amina", "Joost");

        meetings.setSummaryVisible(meeting.id(), owner, true);
        JsonNode shown = follower.next(message -> !message.get("summary").isNull());
        JsonNode pair = shown.get("summary").get("pairs").get(0);
        assertThat(pair.get("helper").asString()).isEqualTo("Amina");
        assertThat(pair.get("receiver").asString()).isEqualTo("Joost");
        assertThat(pair.get("asked").get("topic").asString()).isEqualTo("babysitting");
        assertThat(pair.get("suggestion").asBoolean()).isFalse();
        assertThat(shown.get("card").isNull()).isTrue();
        assertThat(follower.all.toString())
                .as("an offer's note stays off every screen")
                .doesNotContain("06-12345678");
    }

    @Test
    void aPageOnAnotherSiteCannotConnect() throws Exception {
        WebSocketHttpHeaders sameSite = new WebSocketHttpHeaders();
        sameSite.setOrigin("http://localhost:" + port);
        assertThat(client(LiveClient.connect(port, sameSite, new StompHeaders()))
                        .session
                        .isConnected())
                .as("the app's own page may")
                .isTrue();

        WebSocketHttpHeaders crossSite = new WebSocketHttpHeaders();
        crossSite.setOrigin("https://evil.example");
        assertThatThrownBy(() -> LiveClient.connect(port, crossSite, new StompHeaders()))
                .as("the handshake is refused")
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
    }

    @Test
    void theTokenOfTheSubscribeFrameCountsToo() throws Exception {
        LiveClient follower = follower(null);
        follower.subscribe(topic, token);
        assertThat(follower.next().get("meetingId").asLong()).isEqualTo(meeting.id());
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        LiveClient stranger = follower("x".repeat(43));
        stranger.subscribe(topic);
        assertThat(stranger.awaitError()).isEqualTo(LiveErrors.DENIED);
        assertThat(stranger.all).isEmpty();
    }

    @Test
    void noTokenIsRefused() throws Exception {
        LiveClient stranger = follower(null);
        stranger.subscribe(topic);
        assertThat(stranger.awaitError()).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void aRevokedTokenIsRefusedAndTheNewOneWorks() throws Exception {
        String renewed = readTokens.renew(meeting.id(), owner);
        LiveClient old = follower(token);
        old.subscribe(topic);
        assertThat(old.awaitError()).isEqualTo(LiveErrors.DENIED);

        LiveClient current = follower(renewed);
        current.subscribe(topic);
        assertThat(current.next().get("meetingId").asLong()).isEqualTo(meeting.id());
    }

    @Test
    void aNewTokenEndsTheConnectionsThatFollowWithTheOldOne() throws Exception {
        LiveClient hallScreen = follower(token);
        hallScreen.subscribe(topic);
        hallScreen.next();
        LiveClient owner = client(LiveClient.signedIn(port, this.owner, PASSWORD));
        owner.subscribe(topic);
        owner.next();
        Meeting other = meetings.open(this.owner, "Andere avond", List.of("buurt-starter"), "nl");
        LiveClient otherMeeting = follower(readTokens.renew(other.id(), this.owner));
        otherMeeting.subscribe("/topic/meetings/" + other.id());
        otherMeeting.next();

        String renewed = readTokens.renew(meeting.id(), this.owner);

        assertThat(hallScreen.awaitError()).isEqualTo(LiveErrors.READ_TOKEN_REVOKED);
        LiveClient again = follower(renewed);
        again.subscribe(topic);
        again.next();
        meetings.drawNext(meeting.id(), this.owner, null);
        owner.next(message -> !message.get("card").isNull());
        assertThat(owner.session.isConnected())
                .as("the facilitator follows without a token: not touched")
                .isTrue();
        assertThat(otherMeeting.session.isConnected())
                .as("another meeting's follower: not touched")
                .isTrue();
        assertThat(again.next(message -> !message.get("card").isNull())
                        .get("meetingId")
                        .asLong())
                .isEqualTo(meeting.id());
    }

    @Test
    void aTokenOpensOnlyItsOwnMeeting() throws Exception {
        Meeting other = meetings.open(owner, "Andere avond", List.of("buurt-starter"), "nl");
        LiveClient follower = follower(token);
        follower.subscribe("/topic/meetings/" + other.id());
        assertThat(follower.awaitError()).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void nobodyMaySendToATopic() throws Exception {
        LiveClient follower = follower(token);
        follower.subscribe(topic);
        follower.next();
        follower.session.send(topic, Map.of("status", "closed"));
        assertThat(follower.awaitError()).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void anUnknownDestinationIsRefused() throws Exception {
        LiveClient follower = follower(token);
        follower.subscribe("/topic/everything");
        assertThat(follower.awaitError()).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void anOversizedFrameGetsAnErrorFrame() throws Exception {
        LiveClient follower = follower(token);
        follower.session.send("/app/meetings/" + meeting.id() + "/next", Map.of("theme", "x".repeat(6000)));
        assertThat(follower.awaitError()).isEqualTo(LiveErrors.BAD_FRAME);
    }

    @Test
    void aCommandWithoutSigningInIsRefused() throws Exception {
        LiveClient follower = follower(token);
        follower.session.send("/app/meetings/" + meeting.id() + "/next", Map.of());
        assertThat(follower.awaitError()).isEqualTo(LiveErrors.DENIED);
        assertThat(meetings.currentCard(meeting.id())).isEmpty();
    }

    @Test
    void theSignedInFacilitatorDrawsTheNextCardAndAFollowerSeesIt() throws Exception {
        LiveClient follower = follower(token);
        follower.subscribe(topic);
        follower.next();

        LiveClient remote = client(LiveClient.signedIn(port, owner, PASSWORD));
        remote.subscribe("/user/queue/replies");
        remote.subscribe("/user/queue/errors");
        await().atMost(Duration.ofSeconds(5)).until(() -> remote.session.isConnected());
        remote.session.send("/app/meetings/" + meeting.id() + "/next", Map.of());

        JsonNode reply = remote.next();
        assertThat(reply.get("command").asString()).isEqualTo("next");
        long drawId = reply.get("drawId").asLong();
        assertThat(meetings.currentCard(meeting.id()).orElseThrow().id()).isEqualTo(drawId);
        JsonNode seen = follower.next(message -> !message.get("card").isNull());
        assertThat(seen.get("card").get("drawId").asLong()).isEqualTo(drawId);

        remote.session.send("/app/meetings/" + meeting.id() + "/back", Map.of());
        assertThat(remote.next().get("code").asString())
                .as("nothing to go back to: the service's refusal, to this client only")
                .isEqualTo("draw.error.no-previous");
        assertThat(remote.session.isConnected()).isTrue();
    }

    @Test
    void anotherFacilitatorCannotSteerTheMeeting() throws Exception {
        String stranger = "other-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, PASSWORD, List.of(Roles.FACILITATOR));
        LiveClient remote = client(LiveClient.signedIn(port, stranger, PASSWORD));
        remote.subscribe("/user/queue/errors");
        remote.session.send("/app/meetings/" + meeting.id() + "/next", Map.of());
        assertThat(remote.next().get("code").asString()).isEqualTo("meeting.error.not-found");
        assertThat(meetings.currentCard(meeting.id())).isEmpty();

        remote.subscribe(topic);
        assertThat(remote.awaitError())
                .as("without the token, only the meeting's own facilitator may follow it")
                .isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void theMeetingIsFollowedOnlyWhileSomeoneSubscribes() throws Exception {
        int before = followers.followedMeetings();
        LiveClient first = follower(token);
        var subscription = first.subscribe(topic);
        first.next();
        LiveClient second = follower(token);
        second.subscribe(topic);
        second.next();
        assertThat(followers.followedMeetings()).isEqualTo(before + 1);

        subscription.unsubscribe();
        second.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> followers.followedMeetings() == before);
    }

    private LiveClient follower(String readToken) throws Exception {
        return client(LiveClient.withToken(port, readToken));
    }

    private LiveClient client(LiveClient client) {
        clients.add(client);
        return client;
    }
}
