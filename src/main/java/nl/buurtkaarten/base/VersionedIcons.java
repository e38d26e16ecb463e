package nl.buurtkaarten.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import nl.buurtkaarten.base.ui.PhoneIcon;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The parents' pictures ({@link PhoneIcon}'s sprite) are asked for with a hash of the sprite's
 * content in the address ({@code icons/phone-icons.svg?v=...}); asked for with the current hash, a
 * phone may keep the file for good, like the bundle's scripts ({@link VersionedScripts}). Any other
 * address of the file, and what Vaadin sends in development ({@code no-cache}), are left as they are.
 */
final class VersionedIcons extends OncePerRequestFilter {

    static final String PATH = "/" + PhoneIcon.FILE;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PhoneIcon.VERSION.equals(request.getParameter("v"))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, VersionedScripts.cacheFor(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, VersionedScripts.cacheFor(name, value));
            }
        });
    }
}
