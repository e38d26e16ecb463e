package nl.buurtkaarten.cards.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckProblem;
import nl.buurtkaarten.cards.ImageTypes;
import nl.buurtkaarten.cards.SupportKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code deck.yaml}. Works on SnakeYAML's node tree rather than on plain maps, so that
 * every problem can name the line it is on.
 */
public final class DeckFileReader {

    public static final int MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_CARD_TEXT = 200;
    public static final int MAX_IMAGE_BYTES = 512 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Set<String> DECK_FIELDS = Set.of("id", "version", "title", "description", "credits", "cards");
    private static final Set<String> CARD_FIELDS = Set.of("id", "kind", "theme", "support", "text", "notes", "image");

    /** Either a deck or the problems that kept it from loading. */
    public record Result(Deck deck, List<DeckProblem> problems) {}

    private final String file;
    private final Path folder;
    private final List<DeckProblem> problems = new ArrayList<>();

    private DeckFileReader(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    public static Result read(Path path, String relativeName) {
        DeckFileReader reader = new DeckFileReader(relativeName, path.toAbsolutePath().getParent());
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                reader.problem(0, "deck.problem.too-large", String.valueOf(MAX_FILE_BYTES / 1024));
                return reader.result(null);
            }
            return reader.parse(Files.readAllBytes(path));
        } catch (IOException e) {
            reader.problem(0, "deck.problem.unreadable");
            return reader.result(null);
        }
    }

    private Result parse(byte[] bytes) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(0, "deck.problem.not-utf8");
            return result(null);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new java.io.StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problem(line, "deck.problem.yaml-syntax", String.valueOf(e.getProblem()));
            return result(null);
        } catch (YAMLException e) {
            problem(0, "deck.problem.yaml-syntax", String.valueOf(e.getMessage()));
            return result(null);
        } catch (RuntimeException e) {
            // SnakeYAML lets a few errors escape unwrapped, e.g. NumberFormatException for "\UFFFFFFFF" (found by fuzzing)
            problem(0, "deck.problem.yaml-unreadable");
            return result(null);
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(root == null ? 0 : line(root), "deck.problem.not-a-deck");
            return result(null);
        }
        return result(deck(mapping));
    }

    private Deck deck(MappingNode node) {
        Map<String, Node> fields = fields(node, DECK_FIELDS);
        String id = requiredId(node, fields, "id");
        int version = 1;
        Node versionNode = fields.get("version");
        if (versionNode != null) {
            String value = scalar(versionNode, "version");
            try {
                version = Integer.parseInt(value == null ? "" : value.trim());
            } catch (NumberFormatException e) {
                problem(line(versionNode), "deck.problem.version");
            }
        }
        Map<String, String> title = texts(node, fields, "title", true, 80);
        Map<String, String> description = texts(node, fields, "description", false, 400);
        String credits = fields.containsKey("credits") ? scalar(fields.get("credits"), "credits") : "";
        List<Card> cards = new ArrayList<>();
        Node cardsNode = fields.get("cards");
        if (cardsNode == null) {
            problem(line(node), "deck.problem.missing-field", "cards");
        } else if (!(cardsNode instanceof SequenceNode list)) {
            problem(line(cardsNode), "deck.problem.cards-not-a-list");
        } else {
            Set<String> ids = new HashSet<>();
            for (Node cardNode : list.getValue()) {
                Card card = card(cardNode, id);
                if (card != null && !ids.add(card.id())) {
                    problem(line(cardNode), "deck.problem.duplicate-card-id", card.id());
                }
                if (card != null) {
                    cards.add(card);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Deck(id, version, title, description, credits == null ? "" : credits, cards);
    }

    private Card card(Node node, String deckId) {
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "deck.problem.card-not-a-mapping");
            return null;
        }
        int before = problems.size();
        Map<String, Node> fields = fields(mapping, CARD_FIELDS);
        String id = requiredId(mapping, fields, "id");
        CardKind kind = null;
        String kindValue = requiredScalar(mapping, fields, "kind");
        if (kindValue != null) {
            kind = CardKind.fromFileValue(kindValue).orElse(null);
            if (kind == null) {
                problem(line(fields.get("kind")), "deck.problem.unknown-kind", kindValue);
            }
        }
        SupportKind support = null;
        String supportValue = requiredScalar(mapping, fields, "support");
        if (supportValue != null) {
            support = SupportKind.fromFileValue(supportValue).orElse(null);
            if (support == null) {
                problem(line(fields.get("support")), "deck.problem.unknown-support", supportValue);
            }
        }
        String theme = requiredScalar(mapping, fields, "theme");
        Map<String, String> text = texts(mapping, fields, "text", true, MAX_CARD_TEXT);
        Map<String, String> notes = texts(mapping, fields, "notes", false, 400);
        String image = fields.containsKey("image") ? image(fields.get("image")) : null;
        if (problems.size() > before) {
            return null;
        }
        return new Card(deckId, id, kind, theme.trim(), support, text, notes, image);
    }

    /** A picture beside the deck file: it must stay inside the deck's folder, exist, be small and be an image. */
    private String image(Node node) {
        String name = scalar(node, "image");
        if (name == null || name.isBlank()) {
            problem(line(node), "deck.problem.empty-field", "image");
            return null;
        }
        Path resolved;
        try {
            resolved = folder.resolve(name).normalize();
        } catch (InvalidPathException e) { // e.g. a NUL character (found by fuzzing)
            problem(line(node), "deck.problem.image-bad-name", name);
            return null;
        }
        if (!resolved.startsWith(folder) || name.contains("\\")) {
            problem(line(node), "deck.problem.image-outside", name);
            return null;
        }
        try {
            if (!Files.isRegularFile(resolved)) {
                problem(line(node), "deck.problem.image-missing", name);
                return null;
            }
            if (Files.size(resolved) > MAX_IMAGE_BYTES) {
                problem(line(node), "deck.problem.image-too-large", name, String.valueOf(MAX_IMAGE_BYTES / 1024));
                return null;
            }
            if (ImageTypes.of(Files.readAllBytes(resolved)).isEmpty()) {
                problem(line(node), "deck.problem.image-not-an-image", name);
                return null;
            }
        } catch (IOException e) {
            problem(line(node), "deck.problem.image-missing", name);
            return null;
        }
        return name;
    }

    private Map<String, Node> fields(MappingNode node, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problem(line(tuple.getKeyNode()), "deck.problem.unknown-field",
                        String.valueOf(key), String.join(", ", allowed.stream().sorted().toList()));
            } else if (fields.containsKey(key)) {
                problem(line(tuple.getKeyNode()), "deck.problem.duplicate-field", key);
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    private String requiredId(Node parent, Map<String, Node> fields, String name) {
        String value = requiredScalar(parent, fields, name);
        if (value != null && !ID.matcher(value).matches()) {
            problem(line(fields.get(name)), "deck.problem.bad-id", value);
            return null;
        }
        return value;
    }

    private String requiredScalar(Node parent, Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            problem(line(parent), "deck.problem.missing-field", name);
            return null;
        }
        String value = scalar(node, name);
        if (value != null && value.isBlank()) {
            problem(line(node), "deck.problem.empty-field", name);
            return null;
        }
        return value;
    }

    private String scalar(Node node, String name) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(line(node), "deck.problem.not-text", name);
        return null;
    }

    /** A field holding one text per language, such as {@code text: {nl: ..., en: ...}}. */
    private Map<String, String> texts(Node parent, Map<String, Node> fields, String name, boolean required, int maxLength) {
        Node node = fields.get(name);
        if (node == null) {
            if (required) {
                problem(line(parent), "deck.problem.missing-field", name);
            }
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "deck.problem.not-per-language", name);
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!LANGUAGE.matcher(language).matches()) {
                problem(line(tuple.getKeyNode()), "deck.problem.bad-language", name, language);
                continue;
            }
            String value = scalar(tuple.getValueNode(), name + "." + language);
            if (value == null || value.isBlank()) {
                problem(line(tuple.getValueNode()), "deck.problem.empty-field", name + "." + language);
                continue;
            }
            String text = value.strip();
            if (text.length() > maxLength) {
                problem(line(tuple.getValueNode()), "deck.problem.too-long", name + "." + language,
                        String.valueOf(text.length()), String.valueOf(maxLength));
                continue;
            }
            texts.put(language, text);
        }
        if (required && !texts.containsKey(Card.DEFAULT_LANGUAGE)
                && problems.stream().noneMatch(p -> p.line() == line(node))) {
            problem(line(node), "deck.problem.missing-dutch", name);
        }
        return texts;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String key, String... arguments) {
        problems.add(new DeckProblem(file, line, key, List.of(arguments)));
    }

    private Result result(Deck deck) {
        return new Result(problems.isEmpty() ? deck : null, List.copyOf(problems));
    }
}
