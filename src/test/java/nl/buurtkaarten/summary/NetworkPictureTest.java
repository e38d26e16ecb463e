package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The network picture read from the back of a room: names large enough at the size the projector
 * shows the picture, and no arrow (head included) running through a name or a dot it does not
 * belong to. Geometry taken from the SVG itself.
 */
@SpringBootTest
@ActiveProfiles("test")
class NetworkPictureTest {

    @Autowired
    SummaryFixture given;

    /** The picture's width on a 1920×1080 projector (measured in the browser: about 800 px). */
    static final double PROJECTOR_WIDTH_PX = 780;

    @Autowired
    SummaryService summaries;

    @Test
    void namesAreLargeAndNoArrowCrossesAName() {
        Meeting meeting = given.evening("picture-owner", "Netwerk");
        List<Joined> parents = given.join(
                meeting,
                "Amina",
                "Joost",
                "Sam",
                "Fatima",
                "Piet",
                "Mehmet",
                "Olena",
                "Zoë",
                "Łukasz",
                "Şule",
                "Een heel lange bijnaam",
                "فاطمة");
        Topic[] topics = {Topic.BABYSITTING, Topic.HOMEWORK, Topic.COOKING, Topic.LANGUAGE_AND_FORMS};
        for (int i = 0; i < parents.size(); i++) {
            Topic topic = topics[i % topics.length];
            given.offer(parents.get(i), topic);
            given.request(parents.get((i + 5) % parents.size()), topic);
        }
        MeetingSummary summary = summaries.summary(meeting.id());
        assertThat(summary.matches()).hasSizeGreaterThanOrEqualTo(6);
        String svg = NetworkPicture.svg(summary, "Netwerk");

        double scale = PROJECTOR_WIDTH_PX / NetworkPicture.WIDTH;
        assertThat(NetworkPicture.LABEL_SIZE * scale)
                .as("name size in px on the projector")
                .isGreaterThanOrEqualTo(24);
        assertThat(svg).contains(">Een heel lang…<").contains(">فاطمة<");

        List<double[]> labels = labelBoxes(svg);
        List<double[]> dots = dots(svg);
        assertThat(labels).hasSize(parents.size());
        List<String> crossings = new ArrayList<>();
        Matcher arrow = Pattern.compile("d=\"M([-\\d.]+),([-\\d.]+) Q([-\\d.]+),([-\\d.]+) ([-\\d.]+),([-\\d.]+)\"")
                .matcher(svg);
        while (arrow.find()) {
            double[] p = new double[6];
            for (int i = 0; i < 6; i++) {
                p[i] = Double.parseDouble(arrow.group(i + 1));
            }
            for (int step = 0; step <= 40; step++) {
                double t = step / 40.0;
                double x = (1 - t) * (1 - t) * p[0] + 2 * (1 - t) * t * p[2] + t * t * p[4];
                double y = (1 - t) * (1 - t) * p[1] + 2 * (1 - t) * t * p[3] + t * t * p[5];
                // The head reaches about 14 units beyond the path's end, along the line.
                for (double[] box : labels) {
                    if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) {
                        crossings.add(
                                "arrow " + arrow.group() + " crosses a name at " + Math.round(x) + "," + Math.round(y));
                    }
                }
                for (double[] dot : dots) {
                    if (Math.hypot(x - dot[0], y - dot[1]) < dot[2] - 1) {
                        crossings.add(
                                "arrow " + arrow.group() + " crosses a dot at " + Math.round(x) + "," + Math.round(y));
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    /** Each name's box: its width estimated at 0.62 em per character (bold DejaVu Sans averages below that). */
    private static List<double[]> labelBoxes(String svg) {
        List<double[]> boxes = new ArrayList<>();
        Matcher text = Pattern.compile(
                        "<text x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" text-anchor=\"(\\w+)\"[^>]*font-size=\"(\\d+)\"[^>]*>([^<]*)</text>")
                .matcher(svg);
        while (text.find()) {
            double x = Double.parseDouble(text.group(1));
            double y = Double.parseDouble(text.group(2));
            double size = Double.parseDouble(text.group(4));
            String label = text.group(5).replace("&amp;", "&");
            double width = label.codePointCount(0, label.length()) * size * 0.62;
            double left = switch (text.group(3)) {
                case "start" -> x;
                case "end" -> x - width;
                default -> x - width / 2;
            };
            boxes.add(new double[] {left, y - size * 0.8, left + width, y + size * 0.25});
        }
        return boxes;
    }

    private static List<double[]> dots(String svg) {
        List<double[]> dots = new ArrayList<>();
        Matcher circle = Pattern.compile("<circle cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\" r=\"(\\d+)\"")
                .matcher(svg);
        while (circle.find()) {
            dots.add(new double[] {
                Double.parseDouble(circle.group(1)),
                Double.parseDouble(circle.group(2)),
                Double.parseDouble(circle.group(3))
            });
        }
        return dots;
    }
}
