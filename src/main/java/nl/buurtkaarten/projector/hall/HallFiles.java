package nl.buurtkaarten.projector.hall;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The hall screen's own files (its script, its styles and the STOMP library written as ES5 at build time, all
 * in {@code META-INF/resources/hall/}) under addresses that carry a hash of their content, e.g. {@code
 * /hall/hall-0f3c…e1.js}: a browser keeps them for good (a year, immutable) and, after an upgrade, loads the new
 * ones because the page names new addresses ({@link #versioned}). Spring's resource chain computes the hash
 * (MD5 of the content) and refuses an address whose hash is not that of the file. The plain addresses ({@code
 * /hall/hall.css}, also the load balancer's health check) stay as they were, without the long cache.
 */
@Configuration(proxyBeanMethods = false)
class HallFiles implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/META-INF/resources/hall/";

    /** A hall file's name with the content's hash before its extension; the plain names do not match. */
    static final String VERSIONED = "/hall/{file:[a-z0-9.-]+-[0-9a-f]{32}\\.(?:js|css)}";

    static final Duration FOR_GOOD = Duration.ofDays(365);

    /** Placeholders in the page's template: {@code {{/hall/hall.js}}} becomes the file's versioned address. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(/hall/[a-z0-9.-]+\\.(?:js|css))}}");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(VERSIONED)
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(FOR_GOOD).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /**
     * The template with each placeholder replaced by its file's versioned address: the name with the MD5 of the
     * content before the extension, as Spring's content version strategy names it (and checks it, above).
     *
     * @throws IllegalStateException when a named file is not there, so that the page never names a missing file
     */
    static String versioned(String template) throws IOException {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder();
        while (placeholder.find()) {
            String plain = placeholder.group(1);
            ClassPathResource file = new ClassPathResource("META-INF/resources" + plain);
            if (!file.exists()) {
                throw new IllegalStateException("The hall screen's file " + plain + " is missing");
            }
            String hash;
            try (InputStream in = file.getInputStream()) {
                hash = DigestUtils.md5DigestAsHex(in);
            }
            int dot = plain.lastIndexOf('.');
            String address = plain.substring(0, dot) + "-" + hash + plain.substring(dot);
            placeholder.appendReplacement(page, Matcher.quoteReplacement(address));
        }
        placeholder.appendTail(page);
        return page.toString();
    }
}
