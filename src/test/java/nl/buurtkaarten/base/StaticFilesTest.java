package nl.buurtkaarten.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import nl.buurtkaarten.base.ui.PhoneIcon;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a phone loads besides the page: styles go compressed, pages and Vaadin's messages do not,
 * and the production bundle's hashed files are kept for good. Same context as the sign-in test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class StaticFilesTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void stylesGoCompressedToABrowserThatAsksForIt() throws Exception {
        for (String style : new String[] {Lumo.STYLESHEET, "styles/app.css"}) {
            HttpResponse<byte[]> plain = get(style, "identity");
            HttpResponse<byte[]> compressed = get(style, "gzip, deflate, br");

            assertThat(plain.statusCode()).as(style).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding"))
                    .as(style)
                    .contains("gzip");
            assertThat(compressed.body().length).as(style).isLessThan(plain.body().length / 3);
            assertThat(gunzip(compressed.body())).as(style).isEqualTo(plain.body());
        }
    }

    @Test
    void everyPageNamesTheAppsIconSoThatNoBrowserAsksForAMissingFavicon() throws Exception {
        HttpResponse<byte[]> page = get("login", "identity");
        assertThat(new String(page.body(), StandardCharsets.UTF_8))
                .containsPattern("<link href=\"[./]*icons/buurtkaarten.svg\" rel=\"icon\"");

        HttpResponse<byte[]> icon = get("icons/buurtkaarten.svg", "identity");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.headers().firstValue("Set-Cookie"))
                .as("a file starts no session")
                .isEmpty();
    }

    @Test
    void pagesThatCarryASecurityKeyAreNotCompressed() throws Exception {
        HttpResponse<byte[]> page = get("login", "gzip, deflate, br");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void theBundlesHashedFilesAreKeptForGoodOnceVaadinLetsThemBeCached() throws Exception {
        assertThat(cacheControlFor("/VAADIN/build/indexhtml-Bq3xD1fk.js", "max-age=3600"))
                .isEqualTo(VersionedScripts.FOR_GOOD);
        assertThat(cacheControlFor("/VAADIN/build/FlowClient-a1B2c3D4_x.js", "max-age=3600"))
                .isEqualTo(VersionedScripts.FOR_GOOD);
        // development: Vaadin says no-cache, and that stays
        assertThat(cacheControlFor("/VAADIN/build/indexhtml-Bq3xD1fk.js", "no-cache"))
                .isEqualTo("no-cache");
        // a name without a content hash could change under the same name
        assertThat(cacheControlFor("/VAADIN/build/sw.js", "max-age=3600")).isEqualTo("max-age=3600");
    }

    @Test
    void theParentsPicturesAreServedToAnyoneCompressedAndKeptForGoodUnderTheirVersion() throws Exception {
        HttpResponse<byte[]> plain = get(PhoneIcon.SRC, "identity");
        HttpResponse<byte[]> compressed = get(PhoneIcon.SRC, "gzip, deflate, br");

        assertThat(plain.statusCode())
                .as("no sign-in needed: parents are not signed in")
                .isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<symbol id=\"thumbs-up\"");
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(compressed.body())).isEqualTo(plain.body());
        assertThat(plain.headers().firstValue("Set-Cookie"))
                .as("a file starts no session")
                .isEmpty();

        // production: Vaadin's hour becomes for good under the current version only
        assertThat(iconCacheControlFor(PhoneIcon.VERSION, "max-age=3600")).isEqualTo(VersionedScripts.FOR_GOOD);
        assertThat(iconCacheControlFor("0123456789ab", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(iconCacheControlFor(null, "max-age=3600")).isEqualTo("max-age=3600");
        // development: Vaadin says no-cache, and that stays
        assertThat(iconCacheControlFor(PhoneIcon.VERSION, "no-cache")).isEqualTo("no-cache");
    }

    private static String iconCacheControlFor(String version, String vaadinSays) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", VersionedIcons.PATH);
        if (version != null) {
            request.setParameter("v", version);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new VersionedIcons()
                .doFilter(
                        request,
                        response,
                        (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", vaadinSays));
        return response.getHeader("Cache-Control");
    }

    private static String cacheControlFor(String path, String vaadinSays) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new VersionedScripts()
                .doFilter(
                        request,
                        response,
                        (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", vaadinSays));
        return response.getHeader("Cache-Control");
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
