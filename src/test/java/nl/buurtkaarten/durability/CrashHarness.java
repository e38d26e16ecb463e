package nl.buurtkaarten.durability;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.Application;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process that {@link CrashRecoveryIT} kills. It starts the real application (the same Spring
 * context, settings and database URL as {@code mvn spring-boot:run}, on a free port and a given
 * data folder) and lets many simulated parents join, answer, offer and ask for help through
 * {@link ParticipationService} and {@link SupportService}, each from its own thread, as fast as
 * they can. A line {@code ACK <kind> <id> <content>} goes to standard output only after the
 * service method returned, that is, at the moment the phone would be told "saved".
 *
 * <p>Arguments: {@code <cycle tag> <threads> [--spring.option=value ...]}; the Spring options are
 * passed on to the application (the data folder among them).
 */
public final class CrashHarness {

    static final String OWNER = "crash-test-owner";
    static final String TITLE = "Crashtest";

    private static final PrintStream OUT = System.out;

    private CrashHarness() {}

    public static void main(String[] args) {
        String tag = args[0];
        int threads = Integer.parseInt(args[1]);
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        // The test keeps standard input open; when it ends (the test JVM gone), so does this process.
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is sent
                }
            } catch (IOException ignored) {
                // treated as the end
            }
            Runtime.getRuntime().halt(3);
        });
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(springArgs);
        MeetingService meetings = context.getBean(MeetingService.class);
        ParticipationService participation = context.getBean(ParticipationService.class);
        SupportService support = context.getBean(SupportService.class);

        Meeting meeting = meetings.meetingsOf(OWNER).stream()
                .filter(Meeting::isOpen)
                .findFirst()
                .orElseGet(() -> meetings.open(OWNER, TITLE, List.of("buurt-starter"), "nl"));
        DrawnCard card =
                meetings.currentCard(meeting.id()).orElseGet(() -> meetings.drawNext(meeting.id(), OWNER, null));
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        line("READY " + uptime + " " + meeting.id() + " " + card.id());
        if (threads == 0) {
            // Only a check that the app starts on this data, and then a clean shutdown.
            System.exit(SpringApplication.exit(context));
        }

        List<Thread> parents = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = tag + "-" + t;
            parents.add(Thread.ofPlatform()
                    .name("parent-" + t)
                    .start(() -> simulateParents(prefix, meeting.id(), card.id(), participation, support)));
        }
        for (Thread parent : parents) {
            try {
                parent.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One after another, parents join, give ten answers, three offers and two requests. */
    private static void simulateParents(
            String prefix, long meetingId, long drawId, ParticipationService participation, SupportService support) {
        Topic[] topics = Arrays.stream(Topic.values())
                .filter(topic -> topic != Topic.OTHER)
                .toArray(Topic[]::new);
        try {
            for (int n = 0; ; n++) {
                String nickname = prefix + "-" + n;
                Joined joined = participation.join(meetingId, nickname);
                line("ACK JOIN " + joined.participant().id() + " " + nickname);
                for (int i = 0; i < ParticipationService.MAX_ANSWERS_PER_CARD; i++) {
                    String text = "a-" + nickname + "-" + i;
                    Answer answer = participation.answer(joined.token(), drawId, text, i % 3 == 0);
                    line("ACK ANSWER " + answer.id() + " " + text);
                    if (i % 2 == 1) {
                        Direction direction = i % 4 == 1 ? Direction.OFFER : Direction.REQUEST;
                        String note = "n-" + nickname + "-" + i;
                        SupportItem item = support.add(
                                meetingId,
                                joined.token(),
                                new SupportDraft(
                                        direction, null, topics[(n + i) % topics.length], null, Set.of(), null, note));
                        line("ACK " + direction + " " + item.id() + " " + note);
                    }
                }
            }
        } catch (RuntimeException e) {
            // Not expected while the process lives; the test reports a harness that stops writing.
            line("ERROR " + e.getClass().getName());
            throw e;
        }
    }

    private static void line(String text) {
        synchronized (OUT) {
            OUT.println(text);
            OUT.flush();
        }
    }
}
