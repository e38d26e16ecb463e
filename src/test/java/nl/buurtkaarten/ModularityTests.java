package nl.buurtkaarten;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under nl.buurtkaarten is a feature (an application module): it may use
 * another feature only through that feature's top-level package, never its sub-packages, and no
 * two features may depend on each other in a cycle.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void theFeaturesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The check is not a formality: two small features in the test sources, one reaching into the other's inside. */
    @Test
    void aFeatureThatReachesIntoAnothersInsideFailsTheCheck() {
        ApplicationModules crossing =
                ApplicationModules.of("nl.buurtkaarten.boundarycheck", new ImportOption.OnlyIncludeTests());
        assertThatThrownBy(crossing::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("non-exposed type nl.buurtkaarten.boundarycheck.callee.internal.Hidden");
    }

    /** The C4 component diagrams in src/site/markdown/modules/ (PlantUML), written again at every test run. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("src/site/markdown/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
