package nl.buurtkaarten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
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

    private static final Path FOLDER = Path.of("src/site/markdown/modules");

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

    /**
     * The C4 component diagrams in src/site/markdown/modules/ (PlantUML), written again at every test
     * run, and the picture of all modules drawn from them as SVG for architecture.md (PlantUML's own
     * layout engine, so no Graphviz is needed).
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String source = Files.readString(FOLDER.resolve("components.puml"))
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        String picture = svg.toString(StandardCharsets.UTF_8);
        assertThat(picture).startsWith("<svg").doesNotContain("Syntax Error");
        assertThat(picture)
                .contains(">Meeting<", ">Participation<", ">Support<", ">Summary<", ">Projector<", ">Cards<");
        Files.writeString(FOLDER.resolve("components.svg"), picture);
    }
}
