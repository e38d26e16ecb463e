package nl.buurtkaarten;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
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

    /** The C4 component diagrams in src/site/markdown/modules/ (PlantUML), written again at every test run. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("src/site/markdown/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
