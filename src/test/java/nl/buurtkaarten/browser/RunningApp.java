package nl.buurtkaarten.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application for browser tests: embedded Tomcat on a free port, H2 in file mode in a
 * temporary data folder, so that it can be stopped and started again on the same data.
 */
final class RunningApp implements AutoCloseable {

    static final String USERNAME = "gespreksleider";
    static final String PASSWORD = "browser-test-password";

    private final Path dataDir;
    private final int port;
    private ConfigurableApplicationContext context;
    private final List<String> extraArguments = new ArrayList<>();

    RunningApp(Path dataDir) {
        this.dataDir = dataDir;
        this.port = freePort();
    }

    /** Settings of the kind an operator would give, such as {@code --server.tomcat.remoteip.internal-proxies=...}. */
    RunningApp with(String... arguments) {
        extraArguments.addAll(List.of(arguments));
        return this;
    }

    RunningApp start() {
        // Command-line arguments, so that they win over application.properties.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--buurtkaarten.data-dir=" + dataDir.toAbsolutePath(),
                "--buurtkaarten.admin.username=" + USERNAME,
                "--buurtkaarten.admin.password=" + PASSWORD,
                "--buurtkaarten.public-url=http://localhost:" + port,
                "--logging.level.root=warn"));
        arguments.addAll(extraArguments);
        context = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
        return this;
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
