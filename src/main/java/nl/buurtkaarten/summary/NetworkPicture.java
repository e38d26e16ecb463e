package nl.buurtkaarten.summary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.participation.Participant;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The group's network as SVG, drawn on the server: parents as dots with their nickname, suggested
 * support as arrows from helper to receiver in the colour of its kind of support; a suggestion
 * (same kind of support, another topic: nobody offered that help) as a dashed arrow. Laid out on a
 * circle by JGraphT, parents who could help each other side by side; the same summary always gives
 * the same picture on the projector, the phones and in the PDF.
 */
public final class NetworkPicture {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 660;
    /** Names in the picture: large enough to read from the back of a room when the picture is 800 px wide. */
    static final int LABEL_SIZE = 38;
    /** Longer nicknames are shortened in the picture; the list beside it has them whole. */
    static final int LABEL_CHARACTERS = 14;

    static final int DOT = 16;
    /** Room round the circle for the names, which stand outside it, away from the arrows inside. */
    private static final int SIDE_ROOM = 360;

    private static final int TOP_ROOM = 80;
    /** Up to this many parents every one of them is drawn; in a larger group only those in a pair. */
    static final int EVERYONE_UP_TO = 20;
    /** A suggestion's arrow is dashed: nobody offered that help yet. */
    static final String SUGGESTION_DASHES = " stroke-dasharray=\"12 9\" class=\"bk-suggestion\"";

    private static final Map<SupportKind, String> COLOURS = Map.of(
            SupportKind.EMOTIONAL, "#a3214f",
            SupportKind.PRACTICAL, "#9a4a00",
            SupportKind.INFORMATIVE, "#1d4fa8",
            SupportKind.NORMATIVE, "#6a2fb0",
            SupportKind.CONNECTION, "#236b34");

    private NetworkPicture() {}

    public static String colour(SupportKind kind) {
        return COLOURS.get(kind);
    }

    /** The parents the picture draws: all of a small group, only those in a pair in a large one. */
    public static List<Participant> shown(MeetingSummary summary) {
        if (summary.participants().size() <= EVERYONE_UP_TO) {
            return summary.participants();
        }
        Set<Long> paired = new HashSet<>();
        summary.matches().forEach(match -> {
            paired.add(match.helper().id());
            paired.add(match.receiver().id());
        });
        return summary.participants().stream()
                .filter(participant -> paired.contains(participant.id()))
                .toList();
    }

    /** Positions of the parents drawn, in the picture's coordinates. */
    public static Map<Long, double[]> layout(MeetingSummary summary) {
        Graph<Long, DefaultEdge> graph = new DirectedMultigraph<>(DefaultEdge.class);
        shown(summary).stream().map(Participant::id).sorted().forEach(graph::addVertex);
        for (SuggestedMatch match : summary.matches()) {
            if (graph.containsVertex(match.helper().id())
                    && graph.containsVertex(match.receiver().id())) {
                graph.addEdge(match.helper().id(), match.receiver().id());
            }
        }
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(new Box2D(0, 0, WIDTH, HEIGHT));
        if (graph.vertexSet().size() == 1) {
            model.put(graph.vertexSet().iterator().next(), Point2D.of(WIDTH / 2.0, HEIGHT / 2.0));
        } else if (!graph.vertexSet().isEmpty()) {
            Map<Long, Integer> rank = neighboursTogether(summary);
            double radius = Math.min(HEIGHT / 2.0 - TOP_ROOM, WIDTH / 2.0 - SIDE_ROOM);
            new CircularLayoutAlgorithm2D<Long, DefaultEdge>(radius, Comparator.comparing(rank::get))
                    .layout(graph, model);
        }
        Map<Long, double[]> positions = new HashMap<>();
        model.forEach(entry -> positions.put(entry.getKey(), new double[] {
            clamp(entry.getValue().getX(), SIDE_ROOM, WIDTH - SIDE_ROOM),
            clamp(entry.getValue().getY(), TOP_ROOM, HEIGHT - TOP_ROOM)
        }));
        return positions;
    }

    /**
     * An order round the circle in which parents who could help each other sit side by side, so
     * that most arrows are short: a walk through each group of connected parents, then the others.
     */
    private static Map<Long, Integer> neighboursTogether(MeetingSummary summary) {
        Map<Long, SortedSet<Long>> links = new HashMap<>();
        for (SuggestedMatch match : summary.matches()) {
            links.computeIfAbsent(match.helper().id(), id -> new TreeSet<>())
                    .add(match.receiver().id());
            links.computeIfAbsent(match.receiver().id(), id -> new TreeSet<>())
                    .add(match.helper().id());
        }
        Map<Long, Integer> rank = new HashMap<>();
        List<Long> ids =
                summary.participants().stream().map(Participant::id).sorted().toList();
        for (Long start : ids) {
            if (rank.containsKey(start) || !links.containsKey(start)) {
                continue;
            }
            Deque<Long> stack = new ArrayDeque<>(List.of(start));
            while (!stack.isEmpty()) {
                Long id = stack.pop();
                if (rank.putIfAbsent(id, rank.size()) == null) {
                    List<Long> next = new ArrayList<>(links.getOrDefault(id, new TreeSet<>()));
                    Collections.reverse(next);
                    next.forEach(stack::push);
                }
            }
        }
        ids.forEach(id -> rank.putIfAbsent(id, rank.size()));
        return rank;
    }

    public static String svg(MeetingSummary summary, String title) {
        Map<Long, double[]> at = layout(summary);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\">");
        svg.append("<defs>");
        for (SupportKind kind : SupportKind.values()) {
            svg.append("<marker id=\"arrow-")
                    .append(kind.fileValue())
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                    .append(
                            "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
                    .append(colour(kind))
                    .append("\"/></marker>");
        }
        svg.append("</defs>");
        for (SuggestedMatch match : summary.matches()) {
            double[] from = at.get(match.helper().id());
            double[] to = at.get(match.receiver().id());
            if (from == null || to == null) {
                continue;
            }
            // A slight bend, so that two parents who help each other get two separate arrows.
            double dx = to[0] - from[0];
            double dy = to[1] - from[1];
            double length = Math.max(1, Math.hypot(dx, dy));
            // The arrow starts and ends just outside the dots: its head never covers a dot or a name.
            double shorten = Math.min(DOT + 10, length / 3);
            double x1 = from[0] + dx / length * shorten;
            double y1 = from[1] + dy / length * shorten;
            double x2 = to[0] - dx / length * shorten;
            double y2 = to[1] - dy / length * shorten;
            double cx = (x1 + x2) / 2 - dy / length * 28;
            double cy = (y1 + y2) / 2 + dx / length * 28;
            String kind = match.offer().kind().fileValue();
            svg.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"4\"%s marker-end=\"url(#arrow-%s)\"/>",
                    x1,
                    y1,
                    cx,
                    cy,
                    x2,
                    y2,
                    colour(match.offer().kind()),
                    match.suggestion() ? SUGGESTION_DASHES : "",
                    kind));
        }
        for (Participant participant : shown(summary)) {
            double[] point = at.get(participant.id());
            if (point == null) {
                continue;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"#1f5f5b\" stroke=\"#fff\" stroke-width=\"3\"/>",
                    point[0],
                    point[1],
                    DOT));
            Label label = label(point);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"%d\" "
                            + "font-weight=\"700\" fill=\"#1b1f23\" stroke=\"#fffdf8\" stroke-width=\"6\" paint-order=\"stroke\" "
                            + "style=\"unicode-bidi: isolate\">%s</text>",
                    label.x(),
                    label.y(),
                    label.anchor(),
                    LABEL_SIZE,
                    escape(labelText(participant.nickname()))));
        }
        return svg.append("</svg>").toString();
    }

    /** Where a name stands: outside the circle, away from its centre, so that arrows (inside) never cross it. */
    public record Label(double x, double y, String anchor) {}

    public static Label label(double[] point) {
        double dx = point[0] - WIDTH / 2.0;
        double dy = point[1] - HEIGHT / 2.0;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return new Label(point[0], point[1] + DOT + LABEL_SIZE, "middle");
        }
        double ux = dx / length;
        double uy = dy / length;
        double gap = DOT + 12;
        String anchor = ux > 0.35 ? "start" : ux < -0.35 ? "end" : "middle";
        // y is the baseline: below a dot the name hangs under it, beside a dot it is centred on it.
        double y = point[1] + uy * gap + (uy > 0.35 ? LABEL_SIZE * 0.8 : uy < -0.35 ? 0 : LABEL_SIZE * 0.35);
        return new Label(point[0] + ux * gap, y, anchor);
    }

    /** A nickname as the picture shows it: whole up to {@value #LABEL_CHARACTERS} characters, then shortened. */
    public static String labelText(String nickname) {
        int count = nickname.codePointCount(0, nickname.length());
        if (count <= LABEL_CHARACTERS) {
            return nickname;
        }
        return nickname.substring(0, nickname.offsetByCodePoints(0, LABEL_CHARACTERS - 1))
                        .stripTrailing() + "…";
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
