package nl.buurtkaarten.guide.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.cards.ui.DeckProblemList;
import nl.buurtkaarten.guide.Guide;
import nl.buurtkaarten.guide.GuideLibrary;
import nl.buurtkaarten.guide.GuidePdf;
import nl.buurtkaarten.guide.GuideReader;
import nl.buurtkaarten.security.Roles;

/**
 * The facilitator's guide for the evening, on the facilitator's own screen and as a printable PDF.
 * Never meant for the projector: the page says so on top. {@code guide?section=veiligheid} opens it
 * at the part on what to do when a parent tells of violence or abuse.
 */
@Route(value = GuideView.ROUTE, autoLayout = false)
@RolesAllowed({Roles.FACILITATOR, Roles.EDITOR})
public class GuideView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "guide";
    /** A link straight to the section on violence or abuse, for the facilitator's screens. */
    public static final String SAFETY_LINK = ROUTE + "?section=" + Guide.SAFETY;

    private final GuideLibrary library;
    private final AuthenticationContext authentication;
    private final Div content = new Div();
    private final Select<String> language = new Select<>();
    private final Map<String, Component> sections = new LinkedHashMap<>();
    private String title;

    public GuideView(GuideLibrary library, AuthenticationContext authentication) {
        this.library = library;
        this.authentication = authentication;
        addClassName("bk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        content.addClassNames("bk-page-content", "bk-guide");
        add(new FacilitatorHeader(authentication), content);
        List<String> languages = library.languages();
        language.setLabel(getTranslation("guide.language"));
        language.setItems(languages);
        language.setItemLabelGenerator(code -> getTranslation("editor.language." + code));
        language.addClassName("bk-guide-language");
        String wanted = getLocale().getLanguage();
        language.setValue(
                languages.contains(wanted)
                        ? wanted
                        : languages.stream().findFirst().orElse(null));
        language.addValueChangeListener(change -> show());
        show();
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("section")
                .map(sections::get)
                .ifPresent(target -> {
                    target.addClassName("bk-guide-target");
                    target.scrollIntoView();
                });
    }

    private void show() {
        content.removeAll();
        sections.clear();
        GuideReader.Result result = library.guide(
                Optional.ofNullable(language.getValue()).orElse(getLocale().getLanguage()));
        Guide guide = result.guide();
        if (guide == null) {
            title = getTranslation("guide.header-link");
            Div problems = new Div(
                    new Paragraph(getTranslation("guide.problems")), DeckProblemList.of(this, result.problems()));
            problems.addClassName("bk-deck-problems");
            content.add(new H1(title), problems);
            return;
        }
        title = guide.title();
        Paragraph notProjected = new Paragraph(getTranslation("guide.not-projected"));
        notProjected.addClassName("bk-guide-private");
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = GuidePdf.write(guide);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "gids-" + guide.language() + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("guide.download"));
        pdf.addClassNames("bk-download", "bk-big-link", "bk-guide-pdf");
        Div bar = new Div(language, pdf);
        bar.addClassName("bk-guide-bar");
        language.setVisible(library.languages().size() > 1);
        content.add(new H1(guide.title()), notProjected, bar);
        blocks(content, guide.intro());
        content.add(contents(guide));
        for (Guide.Section part : guide.sections()) {
            Section section = new Section(new H2(part.title()));
            section.setId("gids-" + part.id());
            section.addClassName("bk-guide-section");
            if (part.isSafety()) {
                Span mark = new Span(getTranslation("guide.safety-mark"));
                mark.addClassName("bk-guide-safety-mark");
                section.addClassName("bk-guide-safety");
                section.add(mark);
            }
            blocks(section, part.blocks());
            sections.put(part.id(), section);
            content.add(section);
        }
    }

    /** The table of contents: one button per section that scrolls to it. */
    private Nav contents(Guide guide) {
        UnorderedList items = new UnorderedList();
        for (Guide.Section part : guide.sections()) {
            Button go = new Button(
                    part.title(),
                    click -> Optional.ofNullable(sections.get(part.id())).ifPresent(Component::scrollIntoView));
            go.addThemeVariants(ButtonVariant.TERTIARY);
            if (part.isSafety()) {
                go.addClassName("bk-guide-safety-link");
            }
            items.add(new ListItem(go));
        }
        Nav nav = new Nav(new H2(getTranslation("guide.contents")), items);
        nav.addClassName("bk-guide-contents");
        return nav;
    }

    private void blocks(HasComponents target, List<Guide.Block> blocks) {
        for (Guide.Block block : blocks) {
            target.add(
                    switch (block) {
                        case Guide.Paragraph paragraph -> new Paragraph(paragraph.text());
                        case Guide.Subheading subheading -> new H3(subheading.text());
                        case Guide.Bullets bullets -> list(new UnorderedList(), bullets.items());
                        case Guide.Steps steps -> list(new OrderedList(), steps.items());
                        case Guide.ReadAloud readAloud -> readAloud(readAloud.text());
                    });
        }
    }

    private static Component list(HtmlContainer list, List<String> items) {
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private Div readAloud(String text) {
        Span label = new Span(getTranslation("guide.read-aloud"));
        label.addClassName("bk-guide-read-aloud-label");
        Paragraph words = new Paragraph(text);
        Div box = new Div(label, words);
        box.addClassName("bk-guide-read-aloud");
        return box;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("guide.header-link") : title) + " · " + getTranslation("app.name");
    }
}
