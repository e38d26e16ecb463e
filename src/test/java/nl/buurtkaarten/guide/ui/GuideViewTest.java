package nl.buurtkaarten.guide.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GuideViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Test
    void aFacilitatorFindsTheGuideInTheHeaderWithGroundRulesAndTheVeiligThuisBlock() {
        signInAs("gids-gespreksleider", Roles.FACILITATOR);
        navigate("");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Gids"));
        assertThat(link.getHref()).isEqualTo("guide");

        navigate(link.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Gids voor de gespreksleider");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-guide-private"))
                        .getText())
                .isEqualTo("Deze gids is voor jou als gespreksleider. Zet hem niet op het grote scherm.");
        Paragraph rule = _get(
                Paragraph.class,
                spec -> spec.withText("Passen mag altijd. Je hoeft niets te vertellen wat je niet wilt vertellen."));
        Div readAloud = (Div) rule.getParent().orElseThrow();
        assertThat(readAloud.getClassNames()).contains("bk-guide-read-aloud");
        assertThat(_get(readAloud, Span.class).getText()).isEqualTo("Voorlezen");
        Section safety = _get(Section.class, spec -> spec.withClasses("bk-guide-safety"));
        assertThat(safety.getId()).contains("gids-veiligheid");
        assertThat(_get(safety, H2.class).getText()).isEqualTo("Als een ouder vertelt over geweld of misbruik");
        assertThat(_get(safety, Span.class, spec -> spec.withClasses("bk-guide-safety-mark"))
                        .getText())
                .isEqualTo("Alleen voor de gespreksleider");
        assertThat(safety.getElement().getTextRecursively())
                .contains("Veilig Thuis", "0800-2000", "24 uur per dag", "112");
        assertThat(_get(Anchor.class, spec -> spec.withText("Gids als PDF om af te drukken"))
                        .getHref())
                .isNotBlank();
    }

    @Test
    void theGuideIsAlsoInEnglish() {
        signInAs("gids-editor", Roles.EDITOR);
        navigate("guide");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Taal van de gids"));
        LocatorJ._setValue(language, "en");
        assertThat(_get(H1.class).getText()).isEqualTo("Guide for the facilitator");
        assertThat(_get(Section.class, spec -> spec.withClasses("bk-guide-safety"))
                        .getElement()
                        .getTextRecursively())
                .contains("Veilig Thuis", "0800-2000", "24 hours a day");
    }

    @Test
    void aLinkCanOpenTheGuideAtTheSafetySection() {
        signInAs("gids-gespreksleider", Roles.FACILITATOR);
        assertThat(GuideView.SAFETY_LINK).isEqualTo("guide?section=veiligheid");
        UI.getCurrent().navigate("guide", QueryParameters.of("section", "veiligheid"));
        Section safety = _get(Section.class, spec -> spec.withClasses("bk-guide-safety"));
        assertThat(safety.getClassNames()).contains("bk-guide-target");
        assertThat(_find(Section.class, spec -> spec.withClasses("bk-guide-target")))
                .containsExactly(safety);
    }

    @Test
    void accountsThatAreNeitherFacilitatorNorEditorCannotOpenIt() {
        signInAs("alleen-beheer", Roles.ADMIN);
        navigate("accounts");
        assertThat(_find(Anchor.class, spec -> spec.withText("Gids"))).isEmpty();
        assertThatThrownBy(() -> navigate("guide")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theProjectorNeverShowsTheAdviceLine() {
        signInAs("gids-gespreksleider", Roles.FACILITATOR);
        Meeting meeting = meetings.open("gids-gespreksleider", "Avond met gids", List.of("buurt-starter"), "nl");
        navigate("meeting/" + meeting.id() + "/projector");
        String projected = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(projected)
                .contains(meeting.displayCode())
                .doesNotContain("0800-2000")
                .doesNotContain("Veilig Thuis");
        assertThat(_find(Anchor.class, spec -> spec.withText("Gids"))).isEmpty();
    }
}
