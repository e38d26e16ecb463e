package nl.buurtkaarten.cards.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.PictureChoice;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a deck as {@code deck.yaml} in the same layout that content editors write by hand (see
 * cards/README.md), so that files saved by the app and edited by hand stay alike and their diffs
 * stay small. Dutch comes first in every text, then the other languages in alphabetical order.
 */
public final class DeckFileWriter {

    private DeckFileWriter() {}

    public static String write(Deck deck) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: ").append(deck.id()).append('\n');
        yaml.append("version: ").append(deck.version()).append('\n');
        texts(yaml, "", "title", deck.title());
        texts(yaml, "", "description", deck.description());
        if (!deck.credits().isBlank()) {
            yaml.append("credits: ").append(quote(deck.credits())).append('\n');
        }
        if (!deck.review().isEmpty()) {
            yaml.append("review:\n");
            new TreeMap<>(deck.review())
                    .forEach((language, mark) -> yaml.append("  ")
                            .append(language)
                            .append(": ")
                            .append(mark.fileValue())
                            .append('\n'));
        }
        if (!deck.retired().isEmpty()) {
            yaml.append("retired: ").append(flowList(deck.retired())).append('\n');
        }
        yaml.append(deck.cards().isEmpty() ? "cards: []\n" : "cards:\n");
        for (Card card : deck.cards()) {
            yaml.append("  - id: ").append(card.id()).append('\n');
            yaml.append("    kind: ").append(card.kind().fileValue()).append('\n');
            yaml.append("    theme: ").append(quoteIfNeeded(card.theme())).append('\n');
            yaml.append("    support: ").append(card.support().fileValue()).append('\n');
            if (!card.tags().isEmpty()) {
                yaml.append("    tags: {")
                        .append(String.join(
                                ", ",
                                card.tags().named().stream()
                                        .map(tag -> tag.dimension() + ": " + tag.fileValue())
                                        .toList()))
                        .append("}\n");
            }
            if (!card.choices().isEmpty()) {
                yaml.append("    choices: ")
                        .append(flowList(card.choices().stream()
                                .map(PictureChoice::fileValue)
                                .toList()))
                        .append('\n');
            }
            texts(yaml, "    ", "text", card.text());
            texts(yaml, "    ", "notes", card.notes());
            if (card.image() != null) {
                yaml.append("    image: ").append(quote(card.image())).append('\n');
            }
        }
        return yaml.toString();
    }

    private static void texts(StringBuilder yaml, String indent, String name, Map<String, String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        yaml.append(indent).append(name).append(":\n");
        Map<String, String> ordered = new TreeMap<>(
                (a, b) -> a.equals(Card.DEFAULT_LANGUAGE) ? -1 : b.equals(Card.DEFAULT_LANGUAGE) ? 1 : a.compareTo(b));
        ordered.putAll(texts);
        ordered.forEach((language, text) -> yaml.append(indent)
                .append("  ")
                .append(language)
                .append(": ")
                .append(quote(text))
                .append('\n'));
    }

    /** {@code [a, b, c]}: ids and file values need no quotes. */
    private static String flowList(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[a-z0-9][a-z0-9-]*") ? value : quote(value);
    }

    /**
     * A double-quoted YAML scalar on one line, written by SnakeYAML's emitter (the library that reads
     * the file too): safe for colons, quotes, accents, line breaks and characters YAML cannot hold raw.
     */
    static String quote(String value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        String dumped = new Yaml(options).dump(value);
        return dumped.strip();
    }
}
