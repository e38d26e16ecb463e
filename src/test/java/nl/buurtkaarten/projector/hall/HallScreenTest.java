package nl.buurtkaarten.projector.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.DigestUtils;

/**
 * What the hall screen and the remote load over HTTP: the page (no session, no Vaadin), its files named by their
 * content and kept for good, its scripts compressed, the join address and QR for a well-formed code only, and the
 * remote only after signing in. That the scripts are ES5: {@link HallScreenEs5Test}.
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
                .containsPattern("<link rel=\"stylesheet\" href=\"/hall/hall-[0-9a-f]{32}\\.css\">")
                .containsPattern("<script src=\"/hall/stomp-es5-7\\.0\\.0-[0-9a-f]{32}\\.js\"></script>")
                .contains("<script src=\"/hall/texts.js\"></script>")
                .containsPattern("<script src=\"/hall/hall-[0-9a-f]{32}\\.js\"></script>")
                .doesNotContain("VAADIN", "{{", "/webjars/");
        assertThat(page.body().length).isLessThan(4_000);
    }

    @Test
    void itsScriptsAndStylesGoCompressedAndNeedNoSignIn() throws Exception {
        List<String> files = new ArrayList<>();
        versionedFiles().values().forEach(address -> files.add(address.substring(1)));
        files.add("hall/texts.js");
        for (String file : files) {
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
    void itsFilesAreNamedByTheirContentAndKeptForGood() throws Exception {
        Map<String, String> files = versionedFiles();
        assertThat(files.keySet()).containsExactlyInAnyOrder("hall.css", "stomp-es5-7.0.0.js", "hall.js");
        for (String address : files.values()) {
            HttpResponse<byte[]> file = get(address.substring(1), "identity");
            assertThat(file.statusCode()).as(address).isEqualTo(200);
            assertThat(address)
                    .as("the address changes with the content")
                    .contains("-" + DigestUtils.md5DigestAsHex(file.body()) + ".");
            assertThat(file.headers().firstValue("Cache-Control"))
                    .as(address)
                    .hasValue("max-age=31536000, public, immutable");
            assertThat(file.headers().firstValue("Set-Cookie")).as(address).isEmpty();

            String stale = address.replaceFirst("-[0-9a-f]{32}\\.", "-" + "0".repeat(32) + ".");
            assertThat(get(stale.substring(1), "identity").statusCode())
                    .as("an address whose hash is not the file's is not served")
                    .isNotEqualTo(200);
        }
        HttpResponse<byte[]> plain = get("hall/hall.css", "identity");
        assertThat(plain.statusCode())
                .as("the plain address stays, for the load balancer's health check")
                .isEqualTo(200);
        assertThat(plain.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("immutable"));
    }

    @Test
    void theTextsComeFromTheBundlesInEveryLanguage() throws Exception {
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

    /** The files the page names by their content (plain name, e.g. hall.js → address, e.g. /hall/hall-….js). */
    private Map<String, String> versionedFiles() throws IOException, InterruptedException {
        String html = new String(get("hall", "identity").body(), StandardCharsets.UTF_8);
        Matcher address = Pattern.compile("\"(/hall/([a-z0-9.-]+)-[0-9a-f]{32}(\\.(?:js|css)))\"")
                .matcher(html);
        Map<String, String> files = new LinkedHashMap<>();
        while (address.find()) {
            files.put(address.group(2) + address.group(3), address.group(1));
        }
        return files;
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
