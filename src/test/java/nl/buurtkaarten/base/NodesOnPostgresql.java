package nl.buurtkaarten.base;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * App nodes in this JVM on the PostgreSQL database the tests were given (issue 14): each a whole app on a port
 * of its own, all on one database, as several machines behind a load balancer are. On H2 the test is skipped:
 * there is one node only.
 */
public final class NodesOnPostgresql implements AutoCloseable {

    private final Path data;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    private NodesOnPostgresql(Path data) {
        this.data = data;
    }

    /** Skips the test unless the tests run on PostgreSQL ({@code src/test/scripts/postgresql.sh}). */
    public static NodesOnPostgresql start(int count, String... settings) throws IOException {
        String url = System.getProperty("spring.datasource.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "several nodes need PostgreSQL; the tests run on " + url);
        NodesOnPostgresql started = new NodesOnPostgresql(Files.createTempDirectory("nodes"));
        for (int i = 0; i < count; i++) {
            List<String> arguments = new ArrayList<>(List.of(
                    "--spring.profiles.active=test",
                    "--server.port=0",
                    "--buurtkaarten.data-dir="
                            + started.data.resolve("node-" + i).toAbsolutePath(),
                    "--logging.level.root=warn"));
            arguments.addAll(List.of(settings));
            started.nodes.add(new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new)));
        }
        return started;
    }

    public ConfigurableApplicationContext node(int index) {
        return nodes.get(index);
    }

    public int port(int index) {
        return Integer.parseInt(node(index).getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        nodes.forEach(ConfigurableApplicationContext::close);
        FileSystemUtils.deleteRecursively(data.toFile());
    }
}
