package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The join throttle behind a reverse proxy: with the proxy named as trusted, each parent's own
 * address (from X-Forwarded-For) counts, so one phone typing wrong codes does not lock out the
 * whole room; without it, X-Forwarded-For is ignored, so nobody on the Wi-Fi can dodge the
 * throttle by making the header up.
 */
class ProxyIT extends BrowserTest {

    static final String TOO_MANY = "Te veel verkeerde codes. Wacht een paar minuten en probeer het dan opnieuw.";
    static final String UNKNOWN = "Deze code kennen we niet. Kijk nog eens goed op het scherm en probeer het opnieuw.";

    @Test
    void behindATrustedProxyEachParentsOwnAddressIsThrottled() {
        app.stop();
        app.with("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
                .start();

        assertThat(messageForTheNextPhone(UNKNOWN))
                .as("a neighbour after someone else typed 10 wrong codes")
                .isEqualTo(UNKNOWN);
    }

    @Test
    void withoutATrustedProxyAMadeUpForwardedForHeaderChangesNothing() {
        assertThat(messageForTheNextPhone(TOO_MANY))
                .as("a made-up address after 10 wrong codes")
                .isEqualTo(TOO_MANY);
    }

    /** One phone types 10 wrong codes and is stopped; then another phone, with another address in X-Forwarded-For, tries once. */
    private String messageForTheNextPhone(String expected) {
        Page guesser = phoneBehindProxy("203.0.113.7");
        typeWrongCodes(guesser, 10);
        assertThat(guesser.locator(".bk-code-field [slot=error-message]")).hasText(TOO_MANY);
        Page next = phoneBehindProxy("203.0.113.99");
        typeWrongCodes(next, 1);
        assertThat(next.locator(".bk-code-field [slot=error-message]")).hasText(expected);
        return next.locator(".bk-code-field [slot=error-message]").innerText();
    }

    private Page phoneBehindProxy(String address) {
        Page phone = chromium.phone();
        phone.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
        phone.navigate(app.url("join"));
        return phone;
    }

    /** Wrong codes, then one more try: the message of that last try is what the parent sees. */
    private static void typeWrongCodes(Page phone, int count) {
        for (int i = 0; i <= count; i++) {
            phone.locator(".bk-code-field input").fill(i % 2 == 0 ? "WWW-WWW-WWW" : "XXX-XXX-XXX");
            phone.locator(".bk-code-field input").press("Enter");
            phone.waitForFunction(
                    "() => document.querySelector('.bk-code-field').hasAttribute('invalid')"
                            + " && !Object.values(window.Vaadin.Flow.clients).some(client => client.isActive && client.isActive())");
        }
    }
}
