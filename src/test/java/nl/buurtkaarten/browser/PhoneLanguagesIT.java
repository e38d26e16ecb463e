package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.Test;

/**
 * A parent in each of the five phone languages joins, answers, offers and asks, as a new user
 * would; and a parent in the low-literacy mode does it all by tapping pictures and listening.
 */
class PhoneLanguagesIT extends BrowserTest {

    /** Records what the page asks the browser to say, instead of saying it. */
    static final String SPEECH_SPY = """
            window.__spoken = [];
            const spy = { speak: u => window.__spoken.push({text: u.text, lang: u.lang}), cancel: () => {}, getVoices: () => [] };
            Object.defineProperty(window, 'speechSynthesis', { value: spy, configurable: true });
            """;

    @Test
    void aParentInEachLanguageJoinsAnswersOffersAndAsks() throws IOException {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);

        Map<String, String> browserLanguages =
                Map.of("nl", "nl-NL", "en", "en-GB", "ar", "ar-MA", "tr", "tr-TR", "pl", "pl-PL");
        for (String language : List.of("nl", "en", "ar", "tr", "pl")) {
            Properties texts = bundle(language);
            Page phone = chromium.page(390, 844, browserLanguages.get(language));
            phone.navigate(app.url("join/" + meeting.joinCode()));
            assertThat(phone.locator("html")).hasAttribute("lang", language);
            assertThat(phone.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
            String name = "Ouder " + language.toUpperCase(Locale.ROOT);
            phone.locator(".bk-nickname input").fill(name);
            phone.locator(".bk-join-button").click();
            assertThat(phone.locator(".bk-phone-who")).hasText(format(texts, "phone.you-are", name));
            assertThat(phone.locator(".bk-card-text")).hasText(card.textIn(language));
            assertThat(phone.locator(".bk-card-language-note")).isHidden();

            phone.locator(".bk-answer-field textarea")
                    .fill(language.equals("ar") ? "نلتقي كل جمعة في الحديقة." : "Antwoord in " + language);
            Chromium.screenshot(phone, "phone-" + language + "-card");
            phone.locator(".bk-send").click();
            assertThat(phone.locator(".bk-own-text"))
                    .hasText(language.equals("ar") ? "نلتقي كل جمعة في الحديقة." : "Antwoord in " + language);

            phone.locator(".bk-support-offer").click();
            phone.locator(".bk-topic[data-topic=BABYSITTING]").click();
            phone.locator(".bk-support-save").click();
            phone.locator(".bk-support-request").click();
            phone.locator(".bk-topic[data-topic=LANGUAGE_AND_FORMS]").click();
            phone.locator(".bk-support-save").click();
            assertThat(phone.locator(".bk-support-item")).hasCount(2);
            assertThat(phone.locator(".bk-support")).containsText(texts.getProperty("topic.babysitting"));
            assertThat(phone.locator(".bk-support")).containsText(texts.getProperty("topic.language_and_forms"));
            Chromium.screenshot(phone, "phone-" + language);
        }
    }

    @Test
    void inTheLowLiteracyModeAParentTapsPicturesAndHearsTheCardInItsLanguage() throws IOException {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        while (card.kind() != CardKind.STATEMENT) {
            card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        }

        Page phone = chromium.page(390, 844, "ar");
        phone.addInitScript(SPEECH_SPY);
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-easy-switch").click();
        assertThat(phone.locator(".bk-easy-switch")).hasAttribute("aria-pressed", "true");
        phone.locator(".bk-nickname input").fill("Fatima");
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-card-text")).hasText(card.textIn("ar"));

        // A statement is answered by tapping a picture; there is nothing to type.
        assertThat(phone.locator(".bk-answer-field")).isHidden();
        assertThat(phone.locator(".bk-reaction vaadin-icon")).hasCount(3);
        Chromium.awaitPicturesDrawn(phone, ".bk-reaction vaadin-icon");
        phone.locator(".bk-reaction--recognise").click();
        assertThat(phone.locator(".bk-reaction--recognise")).hasAttribute("aria-pressed", "true");

        // The card and the choices are read aloud, each in its own language.
        phone.locator(".bk-answering .bk-read-aloud").click();
        phone.waitForFunction("() => window.__spoken.length >= 4");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> spoken = (List<Map<String, String>>) phone.evaluate("() => window.__spoken");
        assertThat(spoken.getFirst()).containsEntry("text", card.textIn("ar")).containsEntry("lang", "ar");
        assertThat(spoken.get(1))
                .containsEntry("text", bundle("ar").getProperty("choice.recognise"))
                .containsEntry("lang", "ar");
        Chromium.screenshot(phone, "phone-easy-ar");

        // An offer by pictures only: a topic, a part of the day, the tick.
        phone.locator(".bk-support-offer").click();
        assertThat(phone.locator(".bk-support-form vaadin-text-field, .bk-support-form vaadin-text-area"))
                .hasCount(0);
        assertThat(phone.locator(".bk-topic[data-topic=OTHER]")).isHidden();
        phone.locator(".bk-topic[data-topic=COOKING]").click();
        phone.locator(".bk-part-picture[data-part=EVENING]").click();
        assertThat(phone.locator(".bk-part-picture[data-part=EVENING]")).hasAttribute("aria-pressed", "true");
        Chromium.awaitPicturesDrawn(phone, ".bk-part-picture vaadin-icon, .bk-topic:not([hidden]) vaadin-icon");
        Chromium.screenshot(phone, "phone-easy-offer-ar");
        phone.locator(".bk-support-save").click();
        assertThat(phone.locator(".bk-support-item")).hasCount(1);
        assertThat(phone.locator(".bk-support-item")).containsText(bundle("ar").getProperty("time.every.evening"));

        // Switched off again, the usual form is back.
        phone.locator(".bk-easy-switch").click();
        assertThat(phone.locator(".bk-easy-switch")).hasAttribute("aria-pressed", "false");
        assertThat(phone.locator(".bk-answer-field")).isVisible();
    }

    private static String format(Properties texts, String key, Object... arguments) {
        return new MessageFormat(texts.getProperty(key), Locale.ROOT).format(arguments);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        String resource =
                language.equals("nl") ? "i18n/messages.properties" : "i18n/messages_" + language + ".properties";
        try (var in = PhoneLanguagesIT.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
