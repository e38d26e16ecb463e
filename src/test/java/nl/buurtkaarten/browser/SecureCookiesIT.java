package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS proxy named in BUURTKAARTEN_TRUSTED_PROXIES, the proxy's X-Forwarded-Proto: https
 * counts: the session cookie, the parent's cookie and the facilitator's device cookie are Secure.
 */
class SecureCookiesIT extends BrowserTest {

    private static final Map<String, String> FROM_TLS_PROXY =
            Map.of("X-Forwarded-For", "203.0.113.20", "X-Forwarded-Proto", "https");

    @Test
    void behindATrustedTlsProxyEveryCookieIsSecure() throws Exception {
        app.stop();
        app.with("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
                .start();
        Meeting meeting =
                app.bean(MeetingService.class).open(RunningApp.USERNAME, "Ouderavond", List.of("kennismaken"), "nl");

        Page phone = chromium.phone();
        phone.context().setExtraHTTPHeaders(FROM_TLS_PROXY);
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-nickname input").fill("Amina");
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als Amina");
        List<Cookie> cookies = phone.context().cookies();
        assertThat(cookies)
                .filteredOn(cookie -> cookie.name.equals("JSESSIONID") || cookie.name.startsWith("bk_participant_"))
                .hasSize(2)
                .allSatisfy(cookie ->
                        assertThat(cookie.secure).as(cookie.name + " is Secure").isTrue());

        // The facilitator's sign-in through the same proxy: session and device cookies are Secure too.
        // The client sends the Secure session cookie back by hand: it talks plain HTTP to the app, as the proxy does.
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = client.send(fromProxy("login").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String session = page.headers().allValues("set-cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<Void> signedIn = client.send(
                fromProxy("login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + RunningApp.USERNAME + "&password="
                                + RunningApp.PASSWORD + "&remember-me=on&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        List<String> setCookies = new ArrayList<>(page.headers().allValues("set-cookie"));
        setCookies.addAll(signedIn.headers().allValues("set-cookie"));
        assertThat(setCookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("bk_device="))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(setCookies).anyMatch(cookie -> cookie.startsWith("bk_device="));
    }

    private HttpRequest.Builder fromProxy(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(path)));
        FROM_TLS_PROXY.forEach(builder::header);
        return builder;
    }
}
