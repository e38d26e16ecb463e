package nl.buurtkaarten.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's scripts and styles under {@code /VAADIN/build/} carry a hash of their
 * content in their names ({@code indexhtml-Bq3xD1fk.js}); a new build has new names. Vaadin lets a
 * browser keep them one hour; this keeps them for good, so a phone that comes back later loads only
 * the page itself. What Vaadin sends in development ({@code no-cache}) and any file without a hash
 * in its name are left as they are.
 */
final class VersionedScripts extends OncePerRequestFilter {

    static final String PATH = "/VAADIN/build/*";
    static final String FOR_GOOD = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final Pattern HASHED_NAME = Pattern.compile(".*/VAADIN/build/[^/]*-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HASHED_NAME.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, cacheFor(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, cacheFor(name, value));
            }
        });
    }

    /** A lifetime Vaadin gave the file (production mode) becomes "for good"; everything else stays. */
    static String cacheFor(String header, String value) {
        return CACHE_CONTROL.equalsIgnoreCase(header) && value != null && value.startsWith("max-age=")
                ? FOR_GOOD
                : value;
    }
}
