package nl.buurtkaarten.guide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.cards.DeckProblem;

/**
 * Reads a guide file: a small part of Markdown that content editors can write in any text editor.
 * <ul>
 *   <li>{@code # Title} once, on top;</li>
 *   <li>{@code ## Section title {#id}} starts a section; the id is optional (made from the title);</li>
 *   <li>{@code ### Heading} inside a section;</li>
 *   <li>{@code - item} a list, {@code 1. step} numbered steps, {@code > words} text to read out;</li>
 *   <li>other lines are paragraphs; an empty line ends a paragraph, list or read-out block;
 *       a line that starts with two spaces continues the list item above it.</li>
 * </ul>
 * Everything is plain text: no links, no HTML, no inline markup. Problems name their line, like the
 * deck checker's.
 */
public final class GuideReader {

    private static final Pattern SECTION = Pattern.compile("##\\s+(.+?)\\s*(?:\\{#([a-z0-9][a-z0-9-]*)\\})?\\s*");
    private static final Pattern STEP = Pattern.compile("\\d{1,2}[.)]\\s+(.*)");

    /** Either a guide or the problems that kept it from being read. */
    public record Result(Guide guide, List<DeckProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    private enum Open {
        NONE,
        PARAGRAPH,
        BULLETS,
        STEPS,
        READ_ALOUD
    }

    private final String file;
    private final List<DeckProblem> problems = new ArrayList<>();
    private final List<Guide.Block> intro = new ArrayList<>();
    private final List<Guide.Section> sections = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String title;
    private String sectionId;
    private String sectionTitle;
    private List<Guide.Block> blocks = intro;
    private Open open = Open.NONE;
    private final StringBuilder text = new StringBuilder();
    private final List<String> items = new ArrayList<>();

    private GuideReader(String file) {
        this.file = file;
    }

    public static Result read(String markdown, String language, String file) {
        return new GuideReader(file).parse(markdown, language);
    }

    private Result parse(String markdown, String language) {
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            line(lines[index], index + 1);
        }
        endSection();
        if (title == null) {
            problem(1, "guide.problem.no-title");
        }
        if (sections.stream().noneMatch(Guide.Section::isSafety)) {
            problem(0, "guide.problem.no-safety", Guide.SAFETY);
        }
        Guide guide = problems.isEmpty() ? new Guide(language, title, intro, sections) : null;
        return new Result(guide, problems);
    }

    private void line(String raw, int number) {
        String line = raw.stripTrailing();
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            flush();
            return;
        }
        if (trimmed.startsWith("### ")) {
            flush();
            blocks.add(new Guide.Subheading(trimmed.substring(4).strip()));
        } else if (trimmed.startsWith("## ")) {
            flush();
            endSection();
            Matcher heading = SECTION.matcher(trimmed);
            if (!heading.matches() || heading.group(1).contains("{#")) {
                problem(number, "guide.problem.bad-heading", trimmed);
                return;
            }
            sectionTitle = heading.group(1);
            sectionId = heading.group(2) != null ? heading.group(2) : slug(sectionTitle);
            if (!ids.add(sectionId)) {
                problem(number, "guide.problem.duplicate-section", sectionId);
            }
            blocks = new ArrayList<>();
        } else if (trimmed.startsWith("# ")) {
            flush();
            if (title != null || sectionId != null) {
                problem(
                        number,
                        "guide.problem.second-title",
                        trimmed.substring(2).strip());
            } else {
                title = trimmed.substring(2).strip();
            }
        } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
            start(Open.BULLETS);
            items.add(trimmed.substring(2).strip());
        } else if (STEP.matcher(trimmed).matches() && (open != Open.PARAGRAPH)) {
            start(Open.STEPS);
            Matcher step = STEP.matcher(trimmed);
            step.matches();
            items.add(step.group(1).strip());
        } else if (trimmed.startsWith(">")) {
            String words = trimmed.substring(1).strip();
            if (words.isEmpty()) {
                flush();
                return;
            }
            start(Open.READ_ALOUD);
            append(words);
        } else if ((open == Open.BULLETS || open == Open.STEPS) && line.startsWith("  ")) {
            items.set(items.size() - 1, items.getLast() + " " + trimmed);
        } else {
            start(Open.PARAGRAPH);
            append(trimmed);
        }
    }

    private void start(Open kind) {
        if (open != kind) {
            flush();
            open = kind;
        }
    }

    private void append(String words) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(words);
    }

    private void flush() {
        switch (open) {
            case PARAGRAPH -> blocks.add(new Guide.Paragraph(text.toString()));
            case READ_ALOUD -> blocks.add(new Guide.ReadAloud(text.toString()));
            case BULLETS -> blocks.add(new Guide.Bullets(items));
            case STEPS -> blocks.add(new Guide.Steps(items));
            case NONE -> {}
        }
        open = Open.NONE;
        text.setLength(0);
        items.clear();
    }

    private void endSection() {
        if (sectionId != null) {
            sections.add(new Guide.Section(sectionId, sectionTitle, blocks));
        }
        sectionId = null;
        sectionTitle = null;
    }

    /** "Wat staat er op het scherm?" becomes "wat-staat-er-op-het-scherm". */
    static String slug(String title) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "deel" : slug;
    }

    private void problem(int line, String key, String... arguments) {
        problems.add(new DeckProblem(file, line, key, List.of(arguments)));
    }
}
