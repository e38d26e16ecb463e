package nl.buurtkaarten.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two app nodes on one PostgreSQL database behind Debian's HAProxy, each node a process of its own (so that it
 * can be killed as a machine dies), HAProxy started with the configuration that ships in
 * {@code src/deploy/haproxy.cfg}, only its ports changed. The PostgreSQL server is the one the tests were given
 * ({@code buurtkaarten.it.postgresql.url}, set by {@code src/test/scripts/postgresql.sh}); the nodes get a fresh
 * database of their own on it, dropped afterwards.
 */
final class TwoNodes implements AutoCloseable {

    static final String URL_PROPERTY = "buurtkaarten.it.postgresql.url";
    static final String USERNAME = "gespreksleider";
    static final String PASSWORD = "twee-machines-wachtwoord";
    static final Path SHIPPED_CONFIGURATION = Path.of("src", "deploy", "haproxy.cfg");
    /**
     * {@code -Dtwo-nodes.jar=target/app/buurtkaarten-0.1.0-SNAPSHOT.jar}: the nodes run the production build (as
     * an operator runs it, with its AOT cache when there) instead of the test classes with the development bundle.
     */
    static final String PRODUCTION_JAR = System.getProperty("two-nodes.jar", "");

    private final Path dir;
    private final String serverUrl = System.getProperty(URL_PROPERTY);
    private final String dbUser = System.getProperty("buurtkaarten.it.postgresql.username", "buurtkaarten");
    private final String dbPassword = System.getProperty("buurtkaarten.it.postgresql.password", "");
    private final String database = "two_nodes_" + UUID.randomUUID().toString().substring(0, 8);
    private final int balancerPort = freePort();
    private final int portA = freePort();
    private final int portB = freePort();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private Process nodeA;
    private Process nodeB;
    private Process haproxy;

    static boolean postgresqlIsGiven() {
        String url = System.getProperty(URL_PROPERTY, "");
        return url.startsWith("jdbc:postgresql:");
    }

    TwoNodes(Path dir) {
        this.dir = dir;
    }

    TwoNodes start() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
            throw new AssertionError("The two-node test needs Debian's HAProxy: apt-get install -y haproxy");
        }
        execute("create database " + database + " encoding 'UTF8' template template0");
        // One after the other, as src/deploy/two-nodes.sh does: the first creates the tables and the first account.
        nodeA = node("a", portA);
        awaitUp("node A", nodeA, "http://127.0.0.1:" + portA + "/hall/hall.css", "node-a.log");
        nodeB = node("b", portB);
        awaitUp("node B", nodeB, "http://127.0.0.1:" + portB + "/hall/hall.css", "node-b.log");
        Path configuration = dir.resolve("haproxy.cfg");
        String shipped = Files.readString(SHIPPED_CONFIGURATION);
        String ours = shipped.replace("bind *:8080", "bind 127.0.0.1:" + balancerPort)
                .replace("127.0.0.1:8081", "127.0.0.1:" + portA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + portB);
        if (!ours.contains("bind 127.0.0.1:" + balancerPort)
                || !ours.contains("server node-a 127.0.0.1:" + portA)
                || !ours.contains("server node-b 127.0.0.1:" + portB)) {
            throw new AssertionError("src/deploy/haproxy.cfg changed its ports; this test can no longer place them");
        }
        Files.writeString(configuration, ours);
        haproxy = started(new ProcessBuilder("/usr/sbin/haproxy", "-f", configuration.toString()), "haproxy.log");
        awaitUp("HAProxy", haproxy, url("hall/hall.css"), "haproxy.log");
        System.out.printf(
                "[two nodes] HAProxy on :%d, node A on :%d, node B on :%d, database %s%n",
                balancerPort, portA, portB, database);
        return this;
    }

    /** An address through the load balancer, as the browsers use it. */
    String url(String path) {
        return "http://localhost:" + balancerPort + "/" + path;
    }

    /** As a machine dies: no shutdown, no goodbye to the browsers or to the database. */
    void killNodeA() throws InterruptedException {
        nodeA.destroyForcibly();
        if (!nodeA.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("node A did not die");
        }
    }

    String log(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + name + ")";
        }
    }

    private Process node(String name, int port) throws IOException {
        Path data = Files.createDirectories(dir.resolve("node-" + name));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m"));
        if (PRODUCTION_JAR.isEmpty()) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.buurtkaarten.Application"));
        } else {
            Path jar = Path.of(PRODUCTION_JAR);
            Path aot = jar.resolveSibling("buurtkaarten.aot");
            if (Files.isRegularFile(aot)) {
                command.add("-XX:AOTCache=" + aot);
            }
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--buurtkaarten.data-dir=" + data.toAbsolutePath(),
                "--buurtkaarten.admin.username=" + USERNAME,
                "--buurtkaarten.admin.password=" + PASSWORD,
                "--buurtkaarten.public-url=http://localhost:" + balancerPort,
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
                "--logging.level.root=warn"));
        return started(new ProcessBuilder(command), "node-" + name + ".log");
    }

    private Process started(ProcessBuilder builder, String log) throws IOException {
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
        processes.add(process);
        // Also when the test's own JVM is stopped before close().
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private void awaitUp(String what, Process process, String url, String log) {
        await(what + " answers")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(what + " stopped:\n" + log(log));
                    }
                    try {
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(url))
                                                        .timeout(Duration.ofSeconds(5))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    private String databaseUrl() {
        return serverUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes.reversed()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        execute("drop database if exists " + database.toLowerCase(Locale.ROOT) + " with (force)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
