package nl.buurtkaarten.cards.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardChecks;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.DeckProblem;
import nl.buurtkaarten.cards.ImageTypes;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.TranslationReview;
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
    public static final int MAX_CARD_TEXT = Card.MAX_TEXT;
    public static final int MAX_IMAGE_BYTES = 512 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Set<String> DECK_FIELDS =
            Set.of("id", "version", "title", "description", "credits", "review", "retired", "cards");
    private static final Set<String> CARD_FIELDS =
            Set.of("id", "kind", "theme", "support", "text", "notes", "image", "tags", "choices");

    /**
     * Either a deck or the problems (errors) that kept it from loading; warnings never keep a deck
     * from loading and are only collected for a deck that loads.
     */
    public record Result(Deck deck, List<DeckProblem> problems, List<DeckProblem> warnings) {

        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private final String file;
    private final Path folder;
    private final List<DeckProblem> problems = new ArrayList<>();
    private final List<DeckProblem> warnings = new ArrayList<>();

    private DeckFileReader(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    public static Result read(Path path, String relativeName) {
        DeckFileReader reader =
                new DeckFileReader(relativeName, path.toAbsolutePath().getParent());
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
            content = StandardCharsets.UTF_8
                    .newDecoder()
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
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problem(line, "deck.problem.yaml-syntax", String.valueOf(e.getProblem()));
            return result(null);
        } catch (YAMLException e) {
            problem(0, "deck.problem.yaml-syntax", String.valueOf(e.getMessage()));
            return result(null);
        } catch (RuntimeException e) {
            // SnakeYAML lets a few errors escape unwrapped, e.g. NumberFormatException for "\UFFFFFFFF" (found by
            // fuzzing)
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
        if (DeckCatalog.GUIDE_FOLDER.equals(id)) {
            problem(line(fields.get("id")), "deck.problem.reserved-id", id);
        }
        Map<String, String> title = texts(node, fields, "title", true, 80);
        Map<String, String> description = texts(node, fields, "description", false, 400);
        String credits = fields.containsKey("credits") ? scalar(fields.get("credits"), "credits") : "";
        Map<String, TranslationReview> review = fields.containsKey("review") ? review(fields.get("review")) : Map.of();
        List<String> retired = fields.containsKey("retired") ? retired(fields.get("retired")) : List.of();
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
                if (card != null && retired.contains(card.id())) {
                    problem(line(cardNode), "deck.problem.retired-id", card.id());
                }
                if (card != null) {
                    cards.add(card);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Deck(id, version, title, description, credits == null ? "" : credits, cards, review, retired);
    }

    /** {@code review: {ar: needed, tr: done}}: per language, whether a native speaker still has to check it. */
    private Map<String, TranslationReview> review(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "deck.problem.review-not-a-mapping");
            return Map.of();
        }
        Map<String, TranslationReview> review = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!LANGUAGE.matcher(language).matches()) {
                problem(line(tuple.getKeyNode()), "deck.problem.bad-language", "review", language);
                continue;
            }
            if (Card.DEFAULT_LANGUAGE.equals(language)) {
                problem(line(tuple.getKeyNode()), "deck.problem.review-dutch");
                continue;
            }
            String value = scalar(tuple.getValueNode(), "review." + language);
            if (value == null) {
                continue;
            }
            TranslationReview mark =
                    TranslationReview.fromFileValue(value.strip()).orElse(null);
            if (mark == null) {
                problem(line(tuple.getValueNode()), "deck.problem.unknown-review", value, language);
            } else if (review.putIfAbsent(language, mark) != null) {
                problem(line(tuple.getKeyNode()), "deck.problem.duplicate-field", "review." + language);
            }
        }
        return review;
    }

    /** {@code retired: [start-04, jeugd-06]}: ids of removed cards, never to be used again. */
    private List<String> retired(Node node) {
        if (!(node instanceof SequenceNode list)) {
            problem(line(node), "deck.problem.not-a-list", "retired");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Node item : list.getValue()) {
            String value = scalar(item, "retired");
            if (value == null) {
                continue;
            }
            if (!ID.matcher(value.strip()).matches()) {
                problem(line(item), "deck.problem.bad-id", value);
            } else if (!ids.contains(value.strip())) {
                ids.add(value.strip());
            }
        }
        return ids;
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
        CardTags tags = fields.containsKey("tags") ? tags(fields.get("tags")) : CardTags.NONE;
        List<PictureChoice> choices = fields.containsKey("choices") ? choices(fields.get("choices")) : List.of();
        if (problems.size() > before) {
            return null;
        }
        for (CardChecks.Finding finding :
                CardChecks.check(kind, text.get(Card.DEFAULT_LANGUAGE), notes.get(Card.DEFAULT_LANGUAGE))) {
            int at = "text".equals(finding.field()) ? dutchLine(fields.get("text"), mapping) : line(mapping);
            warnings.add(
                    new DeckProblem(file, at, finding.messageKey(), finding.arguments(), DeckProblem.Severity.WARNING));
        }
        return new Card(deckId, id, kind, theme.trim(), support, text, notes, image, tags, choices);
    }

    /** {@code tags: {style: lax, behaviour: fighting, place: street}}, each part optional. */
    private CardTags tags(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "deck.problem.tags-not-a-mapping");
            return CardTags.NONE;
        }
        Map<String, Node> parts = fields(mapping, Set.copyOf(CardTags.DIMENSIONS));
        CardTags.Style style = tag(parts, "style", CardTags.Style::fromFileValue);
        CardTags.Behaviour behaviour = tag(parts, "behaviour", CardTags.Behaviour::fromFileValue);
        CardTags.Place place = tag(parts, "place", CardTags.Place::fromFileValue);
        return new CardTags(style, behaviour, place);
    }

    private <T extends CardTags.Tag> T tag(
            Map<String, Node> parts, String dimension, Function<String, Optional<T>> parse) {
        Node node = parts.get(dimension);
        if (node == null) {
            return null;
        }
        String value = scalar(node, "tags." + dimension);
        if (value == null) {
            return null;
        }
        T tag = parse.apply(value.strip()).orElse(null);
        if (tag == null) {
            problem(
                    line(node),
                    "deck.problem.unknown-tag",
                    value,
                    dimension,
                    String.join(
                            ", ",
                            CardTags.values(dimension).stream()
                                    .map(CardTags.Tag::fileValue)
                                    .toList()));
        }
        return tag;
    }

    /** {@code choices: [would-step-in, not-sure, would-leave-it]}: two to four pictures, each once. */
    private List<PictureChoice> choices(Node node) {
        if (!(node instanceof SequenceNode list)) {
            problem(line(node), "deck.problem.not-a-list", "choices");
            return List.of();
        }
        List<PictureChoice> choices = new ArrayList<>();
        for (Node item : list.getValue()) {
            String value = scalar(item, "choices");
            if (value == null) {
                continue;
            }
            PictureChoice choice = PictureChoice.fromFileValue(value.strip()).orElse(null);
            if (choice == null) {
                problem(
                        line(item),
                        "deck.problem.unknown-choice",
                        value,
                        String.join(
                                ", ",
                                Arrays.stream(PictureChoice.values())
                                        .map(PictureChoice::fileValue)
                                        .toList()));
            } else if (choices.contains(choice)) {
                problem(line(item), "deck.problem.duplicate-choice", value);
            } else {
                choices.add(choice);
            }
        }
        if (list.getValue().size() < PictureChoice.MIN_PER_CARD
                || list.getValue().size() > PictureChoice.MAX_PER_CARD) {
            problem(
                    line(node),
                    "deck.problem.choices-count",
                    String.valueOf(list.getValue().size()),
                    String.valueOf(PictureChoice.MIN_PER_CARD),
                    String.valueOf(PictureChoice.MAX_PER_CARD));
        }
        return choices;
    }

    /** The line of the Dutch text in a per-language field, or of the card when there is none. */
    private static int dutchLine(Node texts, Node card) {
        if (texts instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && Card.DEFAULT_LANGUAGE.equals(key.getValue())) {
                    return line(tuple.getValueNode());
                }
            }
        }
        return line(card);
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
                problem(
                        line(tuple.getKeyNode()),
                        "deck.problem.unknown-field",
                        String.valueOf(key),
                        String.join(", ", allowed.stream().sorted().toList()));
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
    private Map<String, String> texts(
            Node parent, Map<String, Node> fields, String name, boolean required, int maxLength) {
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
                problem(
                        line(tuple.getValueNode()),
                        "deck.problem.too-long",
                        name + "." + language,
                        String.valueOf(text.length()),
                        String.valueOf(maxLength));
                continue;
            }
            texts.put(language, text);
        }
        if (required
                && !texts.containsKey(Card.DEFAULT_LANGUAGE)
                && problems.stream().noneMatch(p -> p.line() == line(node))) {
            problem(line(node), "deck.problem.missing-dutch", name);
        }
        return texts;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 0
                : node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String key, String... arguments) {
        problems.add(new DeckProblem(file, line, key, List.of(arguments)));
    }

    private Result result(Deck deck) {
        boolean loads = problems.isEmpty() && deck != null;
        return new Result(loads ? deck : null, problems, loads ? warnings : List.of());
    }
}
