package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.ui.Translations;
import org.junit.jupiter.api.Test;

/** The decks in the project's own {@code cards/} folder, as they ship. */
class ShippedDecksTest {

    private static final List<String> LANGUAGES = List.of("nl", "en", "ar", "tr", "pl");

    private final DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(Path.of("cards"), null));

    @Test
    void everyShippedDeckLoadsWithoutProblems() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.decks()).isNotEmpty();
        assertThat(catalog.deck("buurt-starter"))
                .isPresent()
                .get()
                .satisfies(deck -> assertThat(deck.cards()).hasSize(24));
    }

    @Test
    void theCheckerHasNoWarningsForTheShippedDecks() {
        assertThat(ValidateDecks.report(catalog.warnings(), Translations.bundle(Locale.forLanguageTag("nl"))))
                .isEmpty();
    }

    @Test
    void everyShippedDeckHasEnoughCardsEachWithDutchTextAndAKindOfSupport() {
        for (Deck deck : catalog.decks()) {
            assertThat(deck.cards()).as(deck.id()).hasSizeGreaterThanOrEqualTo(15);
            assertThat(deck.titleIn("nl")).as(deck.id()).isNotBlank();
            for (Card card : deck.cards()) {
                assertThat(card.text().get("nl"))
                        .as(deck.id() + "/" + card.id())
                        .isNotBlank();
                assertThat(card.support()).as(deck.id() + "/" + card.id()).isNotNull();
                assertThat(card.kind()).as(deck.id() + "/" + card.id()).isNotNull();
                assertThat(card.theme()).as(deck.id() + "/" + card.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyDeckIsCompleteInFiveLanguagesAndSaysWhichStillNeedANativeSpeaker() {
        for (Deck deck : catalog.decks()) {
            assertThat(deck.title().keySet()).as(deck.id() + " title").containsAll(LANGUAGES);
            assertThat(deck.description().keySet())
                    .as(deck.id() + " description")
                    .containsAll(LANGUAGES);
            assertThat(deck.review().keySet()).as(deck.id() + " review marks").contains("ar", "tr", "pl");
            for (Card card : deck.cards()) {
                assertThat(card.text().keySet()).as(deck.id() + "/" + card.id()).containsAll(LANGUAGES);
                assertThat(card.notes().keySet())
                        .as(deck.id() + "/" + card.id() + " notes for nl and en facilitators")
                        .isIn(Set.of(), Set.of("nl", "en"));
            }
        }
    }

    @Test
    void theDeckOnOtherPeoplesChildrenVariesStyleBehaviourAndPlace() {
        List<Card> core = catalog.decks().stream()
                .flatMap(deck -> deck.cards().stream())
                .filter(card -> card.theme().equals("elkaars-kinderen"))
                .filter(card -> card.kind() == CardKind.SITUATION || card.kind() == CardKind.STATEMENT)
                .toList();
        assertThat(core).hasSizeGreaterThanOrEqualTo(20);
        assertThat(core)
                .allSatisfy(card ->
                        assertThat(card.tags().isComplete()).as(card.id()).isTrue());
        assertThat(core.stream().map(card -> card.tags().style()).collect(Collectors.toSet()))
                .as("styles, including a lax and a harsh parent and your own child")
                .contains(
                        CardTags.Style.LAX,
                        CardTags.Style.HARSH,
                        CardTags.Style.STRICT,
                        CardTags.Style.WARM,
                        CardTags.Style.SELF);
        assertThat(core.stream().map(card -> card.tags().behaviour()).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(core.stream().map(card -> card.tags().place()).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(core).as("troublesome behaviour on the street").anySatisfy(card -> {
            assertThat(card.tags().place()).isEqualTo(CardTags.Place.STREET);
            assertThat(card.tags().behaviour())
                    .isIn(CardTags.Behaviour.DAMAGE, CardTags.Behaviour.TEASING, CardTags.Behaviour.RUDE);
        });
    }

    @Test
    void thereAreWarmUpsClosingsAFollowUpDeckAndCardsThatNameOtherCarers() {
        List<Card> all =
                catalog.decks().stream().flatMap(deck -> deck.cards().stream()).toList();
        assertThat(all.stream().filter(card -> card.theme().equals("opwarmen"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().filter(card -> card.theme().equals("afsluiten")))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().filter(card -> card.theme().equals("terugblikken")))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(all.stream()
                        .filter(card -> card.textIn("nl")
                                .matches("(?is).*\\b(opa|oma|pleeg\\w*|stief\\w*|broer\\w*|zus\\w*)\\b.*")))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(catalog.deck("fijne-jeugd").orElseThrow().retired()).contains("jeugd-06");
    }

    @Test
    void knownTranslationSlipsStayFixed() {
        for (Deck deck : catalog.decks()) {
            for (Card card : deck.cards()) {
                String arabic = card.text().get("ar");
                assertThat(arabic)
                        .as(card.id() + ": 'what could you do' is not 'what do you do'")
                        .doesNotContain("يمكنك فعله");
                assertThat(arabic).as(card.id()).doesNotContain("الأخذ");
                if (card.kind() == CardKind.SITUATION && card.textIn("nl").endsWith("Wat doe je?")) {
                    assertThat(arabic)
                            .as(card.id() + " asks everyone what they do")
                            .endsWith("ماذا تفعلون؟");
                }
                assertThat(card.text().get("pl")).as(card.id()).doesNotContain("denerwuje");
            }
        }
    }

    @Test
    void everyThemeTagAndPictureHasALabelInAllFiveLanguages() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            for (Deck deck : catalog.decks()) {
                deck.themes().forEach(theme -> assertThat(bundle).as(language).containsKey("theme." + theme));
            }
            for (String dimension : CardTags.DIMENSIONS) {
                assertThat(bundle).as(language).containsKey("tag.dimension." + dimension);
                CardTags.values(dimension)
                        .forEach(tag -> assertThat(bundle).as(language).containsKey(tag.labelKey()));
            }
            for (PictureChoice choice : PictureChoice.values()) {
                assertThat(bundle.getProperty("choice." + choice.fileValue()))
                        .as(language + " " + choice)
                        .isNotBlank()
                        .satisfies(label -> assertThat(label.split(" ")).hasSizeLessThanOrEqualTo(4));
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        String name = "i18n/messages" + (language.equals("nl") ? "" : "_" + language) + ".properties";
        try (var in = ShippedDecksTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
