package nl.buurtkaarten.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The message bundles, checked against each other and against the source that uses them. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern KEY_USES = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]"
            + "|new UserFacingException\\(\\s*\"([^\"]+)\"\\s*[,)]"
            + "|problem\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*\"(deck\\.problem\\.[^\"]+)\""
            + "|new DeckProblem\\([^;]*?\"(deck\\.problem\\.[^\"]+)\"");
    /** Any literal that looks like a message key, to catch keys passed through helpers or ternaries. */
    private static final Pattern KEY_LIKE = Pattern.compile(
            "(?<!startsWith\\(|contains\\()\"((?:app|common|language|header|login|meetings|meeting|draw|card|support|theme|reaction|projector|controls"
                    + "|control|join|phone|answer|deck\\.problem)\\.[a-z0-9._-]*[a-z0-9_-])\"(?!\\s*\\+)");

    private static final Pattern UI_LITERAL = Pattern.compile(
            "(setText|setLabel|new Button|new Span|new Paragraph|new H1|new H2)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Properties dutch;
    private static Properties english;
    /** Every bundle by language code; Dutch is the default file. */
    private static final Map<String, Properties> all = new LinkedHashMap<>();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static List<Path> sources;

    @BeforeAll
    static void load() throws IOException {
        dutch = bundle("i18n/messages.properties");
        english = bundle("i18n/messages_en.properties");
        all.put("nl", dutch);
        for (Locale locale : Locales.PARENT.subList(1, Locales.PARENT.size())) {
            all.put(locale.getLanguage(), bundle("i18n/messages_" + locale.getLanguage() + ".properties"));
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        assertThat(all.keySet()).containsExactly("nl", "en", "ar", "tr", "pl");
        for (var language : all.entrySet()) {
            assertThat(new TreeSet<>(language.getValue().stringPropertyNames()))
                    .as("keys of messages_%s", language.getKey())
                    .isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
        }
        assertThat(dutch).isNotEmpty();
    }

    @Test
    void everyTranslationFillsInTheSamePlaceholdersAsTheDutch() {
        for (var language : all.entrySet()) {
            for (String key : dutch.stringPropertyNames()) {
                String translated = language.getValue().getProperty(key);
                if (translated != null) {
                    assertThat(placeholders(translated))
                            .as("placeholders of %s in messages_%s", key, language.getKey())
                            .isEqualTo(placeholders(dutch.getProperty(key)));
                }
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void noTextIsEmpty() {
        for (Properties bundle : all.values()) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everyTextIsAValidMessageFormat() {
        for (Properties bundle : all.values()) {
            for (String key : bundle.stringPropertyNames()) {
                assertThatCode(() ->
                                new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3}))
                        .as(key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : sources) {
            String source = Files.readString(file);
            Matcher uses = KEY_USES.matcher(source);
            while (uses.find()) {
                for (int group = 1; group <= uses.groupCount(); group++) {
                    if (uses.group(group) != null) {
                        used.add(uses.group(group));
                    }
                }
            }
            Matcher keyLike = KEY_LIKE.matcher(source);
            while (keyLike.find()) {
                used.add(keyLike.group(1));
            }
        }
        assertThat(used)
                .contains(
                        "meeting.error.title-empty",
                        "join.error.code-empty",
                        "deck.problem.not-utf8",
                        "deck.problem.duplicate-deck-id",
                        "controls.next",
                        "meetings.status.closed",
                        "phone.answer.sent");
        assertThat(used.stream().filter(key -> !dutch.containsKey(key)).toList())
                .as("keys missing from messages.properties")
                .isEmpty();
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        List<String> keys = new ArrayList<>();
        for (CardKind kind : CardKind.values()) {
            keys.add("card.kind." + kind.fileValue());
        }
        for (SupportKind support : SupportKind.values()) {
            keys.add("support." + support.fileValue());
        }
        for (PictureChoice choice : PictureChoice.values()) {
            keys.add("choice." + choice.fileValue());
        }
        for (String language : MeetingService.LANGUAGES) {
            keys.add("language." + language);
        }
        DeckCatalog shipped = new DeckCatalog(new BuurtkaartenProperties(Path.of("cards"), null));
        for (Deck deck : shipped.decks()) {
            deck.themes().forEach(theme -> keys.add("theme." + theme));
        }
        assertThat(keys.stream()
                        .filter(key -> !dutch.containsKey(key) || !english.containsKey(key))
                        .toList())
                .as("keys missing from a bundle")
                .isEmpty();
    }

    @Test
    void viewsPassNoHardCodedTextToComponents() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources) {
            if (!file.toString().contains(File.separator + "ui" + File.separator)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher literal = UI_LITERAL.matcher(lines.get(i));
                while (literal.find()) {
                    if (literal.group(2).chars().anyMatch(Character::isLetter)) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theNoHardCodedTextCheckFindsOffenders() {
        assertThat(UI_LITERAL.matcher("add(new Span(\"Hallo\"));").find()).isTrue();
        assertThat(UI_LITERAL.matcher("button.setText( \"Klik\" );").find()).isTrue();
        assertThat(UI_LITERAL.matcher("new Button(getTranslation(\"a.b\"))").find())
                .isFalse();
        Matcher empty = UI_LITERAL.matcher("kind.setText(\"\");");
        assertThat(empty.find()).isTrue();
        assertThat(empty.group(2)).isEmpty();
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
