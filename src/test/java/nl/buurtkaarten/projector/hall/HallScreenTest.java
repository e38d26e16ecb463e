package nl.buurtkaarten.projector.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the hall screen and the remote load over HTTP: the page (no session, no Vaadin), its scripts
 * compressed, the join address and QR for a well-formed code only, and the remote only after signing in.
 * Same context as the static files' test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class HallScreenTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theHallScreenIsOneSmallPageWithoutVaadinThatStartsNoSession() throws Exception {
        HttpResponse<byte[]> page = get("hall", "gzip");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "/webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js",
                        "/hall/texts.js",
                        "/hall/hall.js",
                        "/hall/hall.css")
                .doesNotContain("VAADIN");
        assertThat(page.body().length).isLessThan(4_000);
    }

    @Test
    void itsScriptsAndStylesGoCompressedAndNeedNoSignIn() throws Exception {
        for (String file : new String[] {
            "webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js", "hall/hall.js", "hall/hall.css", "hall/texts.js"
        }) {
            HttpResponse<byte[]> plain = get(file, "identity");
            HttpResponse<byte[]> compressed = get(file, "gzip");
            assertThat(plain.statusCode()).as(file).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding"))
                    .as(file)
                    .hasValue("gzip");
            assertThat(gunzip(compressed.body())).as(file).isEqualTo(plain.body());
            assertThat(plain.headers().firstValue("Set-Cookie")).as(file).isEmpty();
        }
    }

    @Test
    void thePageScriptIsEs5AndTheTextsComeFromTheBundlesInEveryLanguage() throws Exception {
        String script = new String(get("hall/hall.js", "identity").body(), StandardCharsets.UTF_8);
        String code = script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        assertThat(code)
                .as("ES5: no arrow functions, let/const, classes, template strings or fetch")
                .doesNotContain("=>", "`", "fetch(")
                .doesNotContainPattern("\\b(let|const|class)\\s");

        String texts = new String(get("hall/texts.js", "identity").body(), StandardCharsets.UTF_8);
        assertThat(texts)
                .startsWith("var BK_HALL_TEXTS={\"nl\":{")
                .contains("\"en\":{", "\"ar\":{", "\"tr\":{", "\"pl\":{")
                .contains("\"hall.reconnecting\":\"Verbinding weg, opnieuw verbinden…\"")
                .contains("\"hall.reconnecting\":\"Connection lost, reconnecting…\"")
                .contains("\"projector.join.scan\":\"Doe mee met je telefoon\"")
                .doesNotContain("\"!");
    }

    @Test
    void theJoinAddressAndQrAreForAWellFormedCodeOnlyAndNeverLookItUp() throws Exception {
        HttpResponse<byte[]> join = get("hall/join?code=K7M-4PX-ACD", "identity");
        assertThat(join.statusCode()).isEqualTo(200);
        String json = new String(join.body(), StandardCharsets.UTF_8);
        assertThat(json)
                .matches(
                        "\\{\"url\":\"http://[^\"]+/join/K7M4PXACD\",\"site\":\"http://[^\"]+/join\",\"qr\":\"\\\\u003csvg .*\"}")
                .doesNotContain("<");

        for (String bad : new String[] {"", "K7M", "K7M-4PX-AC0", "%3Cscript%3E", "K7M-4PX-ACD-K7M"}) {
            HttpResponse<byte[]> refused = get("hall/join?code=" + bad, "identity");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"bad-code\"}");
        }
        assertThat(get("hall/join", "identity").statusCode()).isEqualTo(400);
    }

    @Test
    void theRemoteSendsAStrangerToSignInFirst() throws Exception {
        HttpResponse<byte[]> remote = get("hall/remote?meeting=1", "identity");

        assertThat(remote.statusCode()).isEqualTo(302);
        assertThat(remote.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private HttpResponse<byte[]> get(String path, String encodings) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .header("Accept-Encoding", encodings)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
