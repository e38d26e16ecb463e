package nl.buurtkaarten.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cookie that brings a parent back as the same participant after a reload, a sleeping phone or
 * another network: one per meeting, never readable by script, and sent only over TLS when the page
 * came over TLS.
 */
class ParticipantCookieTest {

    private final List<Cookie> sent = new ArrayList<>();

    @AfterEach
    void noRequest() {
        CurrentInstance.clearAll();
    }

    /** A request from a browser holding these cookies (null: a browser without any), and the response to it. */
    private void request(boolean secure, Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.isSecure()).thenReturn(secure);
        when(request.getCookies()).thenReturn(cookies);
        VaadinResponse response = mock(VaadinResponse.class);
        doAnswer(invocation -> sent.add(invocation.getArgument(0)))
                .when(response)
                .addCookie(any(Cookie.class));
        CurrentInstance.set(VaadinRequest.class, request);
        CurrentInstance.set(VaadinResponse.class, response);
    }

    @Test
    void eachMeetingHasItsOwnCookieSoJoiningASecondMeetingKeepsTheFirst() {
        assertThat(ParticipantCookie.name("K7QM4RX2P")).isEqualTo("bk_participant_K7QM4RX2P");
        assertThat(ParticipantCookie.name("K7QM4RX2P")).isNotEqualTo(ParticipantCookie.name("ABCDEFGHJ"));
        // A join code is a valid cookie name: the browser would otherwise refuse the cookie.
        new Cookie(ParticipantCookie.name("K7QM4RX2P"), "token");
    }

    @Test
    void theCookieIsHttpOnlyLaxForTheWholeSiteAndLastsThirtyDays() {
        request(false);
        ParticipantCookie.write("K7QM4RX2P", "secret-token");

        assertThat(sent).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo("bk_participant_K7QM4RX2P");
            assertThat(cookie.getValue()).isEqualTo("secret-token");
            assertThat(cookie.isHttpOnly())
                    .as("HttpOnly: no script on the page can read the token")
                    .isTrue();
            assertThat(cookie.getAttribute("SameSite")).isEqualToIgnoringCase("Lax");
            assertThat(cookie.getPath())
                    .as("also sent to /join and Vaadin's requests")
                    .isEqualTo("/");
            assertThat(cookie.getMaxAge()).isEqualTo(30 * 24 * 60 * 60);
            assertThat(cookie.getSecure())
                    .as("over plain http a Secure cookie would never come back")
                    .isFalse();
        });
    }

    @Test
    void overTlsTheCookieIsSecure() {
        request(true);
        ParticipantCookie.write("K7QM4RX2P", "secret-token");
        assertThat(sent)
                .singleElement()
                .satisfies(cookie -> assertThat(cookie.getSecure()).isTrue());
    }

    @Test
    void clearingRemovesTheCookieAtOnceWithTheSameNameAndPath() {
        request(true);
        ParticipantCookie.clear("K7QM4RX2P");
        assertThat(sent).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo("bk_participant_K7QM4RX2P");
            assertThat(cookie.getMaxAge())
                    .as("0 deletes; -1 would keep it for the browser session")
                    .isZero();
            assertThat(cookie.getValue()).isEmpty();
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getSecure()).isTrue();
        });
    }

    @Test
    void writingOutsideARequestFailsLoudlyInsteadOfLosingTheParent() {
        assertThatThrownBy(() -> ParticipantCookie.write("K7QM4RX2P", "secret-token"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readingFindsOnlyThisMeetingsCookie() {
        request(
                false,
                new Cookie("JSESSIONID", "session"),
                new Cookie("bk_participant_ABCDEFGHJ", "other-meeting"),
                new Cookie("bk_participant_K7QM4RX2PX", "longer-code"),
                new Cookie("bk_participant_K7QM4RX2P", "mine"));
        assertThat(ParticipantCookie.read("K7QM4RX2P")).contains("mine");
        assertThat(ParticipantCookie.read("ZZZZZZZZZ")).isEmpty();
    }

    @Test
    void aBrowserWithoutCookiesOrWithoutARequestIsSimplyNotRecognised() {
        request(false, (Cookie[]) null);
        assertThat(ParticipantCookie.read("K7QM4RX2P")).isEmpty();
        assertThat(ParticipantCookie.others("K7QM4RX2P")).isEmpty();
        request(false);
        assertThat(ParticipantCookie.read("K7QM4RX2P")).isEmpty();
        CurrentInstance.clearAll();
        assertThat(ParticipantCookie.read("K7QM4RX2P")).isEmpty();
        assertThat(ParticipantCookie.others("K7QM4RX2P")).isEmpty();
    }

    @Test
    void aTamperedOrOddValueIsHandedOnAsItIsForTheServiceToRefuse() {
        // The value is only a key to look up: it is never parsed, so nothing in it can do harm here.
        request(false, new Cookie("bk_participant_K7QM4RX2P", "' or 1=1 --"));
        assertThat(ParticipantCookie.read("K7QM4RX2P")).contains("' or 1=1 --");
        request(false, new Cookie("bk_participant_K7QM4RX2P", ""));
        assertThat(ParticipantCookie.read("K7QM4RX2P")).contains("");
    }

    @Test
    void theTokensOfOtherMeetingsAreOfferedToRecogniseTheParentInAFollowUp() {
        request(
                false,
                new Cookie("JSESSIONID", "session"),
                new Cookie("bk_participant_K7QM4RX2P", "mine"),
                new Cookie("bk_participant_ABCDEFGHJ", "earlier"),
                new Cookie("bk_remember", "device"),
                new Cookie("bk_participant_QRSTUVWXY", "earlier-still"));
        assertThat(ParticipantCookie.others("K7QM4RX2P")).containsExactly("earlier", "earlier-still");
    }

    @Test
    void aBrowserStuffedWithCookiesOffersAtMostTwenty() {
        Cookie[] many = IntStream.range(0, 500)
                .mapToObj(i -> new Cookie("bk_participant_M" + i, "token" + i))
                .toArray(Cookie[]::new);
        request(false, many);
        assertThat(ParticipantCookie.others("K7QM4RX2P")).hasSize(20).startsWith("token0");
    }
}
