package nl.buurtkaarten.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the live API's AsyncAPI 3.0 document at {@value #PATH}, to anyone: it is public, like the
 * API's shape, and any page may fetch it (an AsyncAPI viewer on another site too). The document is a
 * file beside this class, {@value #RESOURCE}; {@code AsyncApiDocumentTest} keeps it true to the code.
 */
@RestController
class LiveApiDocument {

    static final String PATH = "/api/live/asyncapi.yaml";
    static final String RESOURCE = "/nl/buurtkaarten/live/asyncapi.yaml";
    /** YAML's registered type (RFC 9512). */
    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final byte[] document = read();

    @GetMapping(PATH)
    @CrossOrigin(origins = "*", allowCredentials = "false")
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok()
                .contentType(YAML)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(document);
    }

    static byte[] read() {
        try (InputStream in = LiveApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The live API's document is missing: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
