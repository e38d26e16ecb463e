package nl.buurtkaarten.cards.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.PictureChoice;

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
            new TreeMap<>(deck.review()).forEach((language, mark) ->
                    yaml.append("  ").append(language).append(": ").append(mark.fileValue()).append('\n'));
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
                yaml.append("    tags: {").append(String.join(", ", card.tags().named().stream()
                        .map(tag -> tag.dimension() + ": " + tag.fileValue()).toList())).append("}\n");
            }
            if (!card.choices().isEmpty()) {
                yaml.append("    choices: ").append(flowList(card.choices().stream().map(PictureChoice::fileValue).toList()))
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
        Map<String, String> ordered = new TreeMap<>((a, b) -> a.equals(Card.DEFAULT_LANGUAGE) ? -1
                : b.equals(Card.DEFAULT_LANGUAGE) ? 1 : a.compareTo(b));
        ordered.putAll(texts);
        ordered.forEach((language, text) ->
                yaml.append(indent).append("  ").append(language).append(": ").append(quote(text)).append('\n'));
    }

    /** {@code [a, b, c]}: ids and file values need no quotes. */
    private static String flowList(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[a-z0-9][a-z0-9-]*") ? value : quote(value);
    }

    /** A double-quoted YAML scalar: safe for colons, quotes, accents and line breaks. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
