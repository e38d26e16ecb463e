package nl.buurtkaarten;

import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browserless view tests: one Spring context, Vaadin mocked once per test, and helpers
 * that act as a signed-in facilitator or as a parent's phone with its cookies.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("nl.buurtkaarten");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Acts as a signed-in facilitator from here on. */
    protected void signInAs(String username) {
        signInAs(username, Roles.FACILITATOR);
    }

    /** Acts as a signed-in user with these roles from here on. */
    protected void signInAs(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        User user = new User(username, "unused", authorities);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> Set.of(roles).contains(role));
    }

    /** Sends the cookies the app set on earlier responses with the next requests, as a browser does. */
    protected void keepCookies() {
        FakeResponse response = fakeResponse();
        FakeRequest request = fakeRequest();
        Cookie[] existing = request.getCookiesInt() == null ? new Cookie[0] : request.getCookiesInt();
        List<Cookie> all = new ArrayList<>(Arrays.asList(existing));
        all.addAll(response.getCookies());
        request.setCookiesInt(all.toArray(Cookie[]::new));
    }

    protected Cookie responseCookie(String name) {
        return fakeResponse().findCookie(name);
    }

    /** The cookie as the browser keeps it: the last one the app set under that name. */
    protected Cookie lastResponseCookie(String name) {
        return fakeResponse().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .reduce((first, second) -> second)
                .orElse(null);
    }

    /** Karibu's response sits under Vaadin's wrappers. */
    private static FakeResponse fakeResponse() {
        ServletResponse response =
                ((VaadinServletResponse) VaadinServletResponse.getCurrent()).getHttpServletResponse();
        while (response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (FakeResponse) response;
    }

    protected FakeRequest fakeRequest() {
        return (FakeRequest) ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getRequest();
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Live updates arrive from another thread: runs the UI's queue until the condition holds, as the
     * browser would see after a push, or fails after two seconds.
     */
    protected void awaitUi(BooleanSupplier condition) {
        await("the view updated")
                .atMost(Duration.ofSeconds(2))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .pollInSameThread()
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return condition.getAsBoolean();
                });
    }
}
