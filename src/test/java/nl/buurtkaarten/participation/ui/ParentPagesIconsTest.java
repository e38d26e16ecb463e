package nl.buurtkaarten.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's {@code Icon} brings the whole icon set (about 56 KB on the wire) into the production
 * bundle of every page that can reach it; the parents' two pages are loaded with the phone's first
 * load ({@code @LoadDependenciesOnStartup}). So no class of the app that those pages reach (by any
 * reference in its byte code, as Vaadin's bundle scan follows them, or as a {@link PhonePanel} the page
 * shows) may use {@code Icon} or
 * {@code VaadinIcon}: the phone's pictures are {@code base.ui.PhoneIcon}s. The production build's
 * own list of what the first load imports is the final word (see the performance page).
 */
class ParentPagesIconsTest {

    private static final String APP = "nl.buurtkaarten";

    @Test
    void noClassTheParentsPagesReachUsesVaadinsIconSet() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
        // The two pages, and the panels that later features add to the phone's page (Spring beans, so no byte code of
        // the page names them: the offers and requests, the personal summary).
        Deque<JavaClass> toVisit =
                new ArrayDeque<>(List.of(classes.get(JoinView.class), classes.get(ParticipantView.class)));
        toVisit.addAll(classes.get(PhonePanel.class).getAllSubclasses());
        Set<String> reached = new HashSet<>();
        Set<String> usingTheIconSet = new TreeSet<>();
        while (!toVisit.isEmpty()) {
            JavaClass current = toVisit.pop();
            if (!reached.add(current.getName())) {
                continue;
            }
            for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String name = target.getName();
                if (name.equals(Icon.class.getName()) || name.equals(VaadinIcon.class.getName())) {
                    usingTheIconSet.add(current.getName() + " -> " + target.getSimpleName());
                } else if (name.startsWith(APP + ".") && classes.contain(name)) {
                    toVisit.push(classes.get(name));
                }
            }
        }

        assertThat(reached)
                .as("what the parents' pages reach")
                .contains(
                        "nl.buurtkaarten.participation.ui.CardAnswering",
                        "nl.buurtkaarten.support.ui.SupportPanel",
                        "nl.buurtkaarten.summary.ui.PersonalSummaryPanel",
                        "nl.buurtkaarten.cards.ui.CardDisplay");
        assertThat(usingTheIconSet)
                .as("classes of the parents' pages that use Vaadin's icon set")
                .isEmpty();
    }
}
