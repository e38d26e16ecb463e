package nl.buurtkaarten.load;

import static org.awaitility.Awaitility.await;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The app as users run it: the production jar, {@code java -jar}, in a JVM of its own on the H2
 * default (a fresh data folder), so that its heap and CPU time are its own. The benchmark looks
 * into it through the JVM's local management agent (attach API, no port opened): the heap after a
 * full GC, the process CPU time, the number of threads.
 */
final class ServerProcess implements AutoCloseable {

    static final String USERNAME = "gespreksleider";
    static final String PASSWORD = "load-benchmark-password";

    private final Process process;
    private final int port;
    private final Duration startToFirstPage;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final OperatingSystemMXBean os;
    private final ThreadMXBean threads;

    private ServerProcess(Process process, int port, Duration startToFirstPage, JMXConnector connector)
            throws IOException {
        this.process = process;
        this.port = port;
        this.startToFirstPage = startToFirstPage;
        this.connector = connector;
        MBeanServerConnection connection = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(
                connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        this.os = ManagementFactory.newPlatformMXBeanProxy(
                connection, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
        this.threads = ManagementFactory.newPlatformMXBeanProxy(
                connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    }

    /**
     * Starts the jar and waits until {@code firstPage} answers 200: the time from starting the
     * process until then is the start-to-first-page time.
     *
     * @param projectDir the working directory (the decks are read from its {@code cards/})
     * @param log where the app's console output goes
     * @param settings further {@code --name=value} settings
     */
    static ServerProcess start(
            Path jar, Path projectDir, Path dataDir, Path log, String firstPage, List<String> settings)
            throws IOException {
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        // -Dload.java-options="-XX:StartFlightRecording:filename=target/app-%p.jfr" to profile the app.
        String options = System.getProperty("load.java-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        // The AOT cache of the production build, as the README runs the app (JDK 25: the same JDK built it).
        String aotCache = System.getProperty("load.aot-cache", "");
        if (!aotCache.isBlank() && Files.isRegularFile(Path.of(aotCache))) {
            command.add("-XX:AOTCache=" + aotCache);
        }
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--buurtkaarten.data-dir=" + dataDir.toAbsolutePath(),
                "--buurtkaarten.cards-dir=" + projectDir.resolve("cards").toAbsolutePath(),
                "--buurtkaarten.admin.username=" + USERNAME,
                "--buurtkaarten.admin.password=" + PASSWORD,
                "--buurtkaarten.public-url=http://localhost:" + port,
                "--buurtkaarten.backup.enabled=false"));
        command.addAll(settings);
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A benchmark stopped half-way (Ctrl-C) leaves no app running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-app-" + process.pid()));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            URI page = URI.create("http://localhost:" + port + "/" + firstPage);
            await().atMost(Duration.ofMinutes(3))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The app stopped at start; see " + log);
                        }
                        return answersOk(http, page);
                    });
            Duration firstPageAfter = Duration.ofNanos(System.nanoTime() - started);
            http.close();
            return new ServerProcess(process, port, firstPageAfter, connect(process));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static boolean answersOk(HttpClient http, URI page) {
        try {
            return http.send(
                                    HttpRequest.newBuilder(page)
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JMXConnector connect(Process process) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
            try {
                String address = vm.startLocalManagementAgent();
                return JMXConnectorFactory.connect(new JMXServiceURL(address));
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("Cannot look into the app's JVM", e);
        }
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    Duration startToFirstPage() {
        return startToFirstPage;
    }

    /** Bytes of heap in use after two full collections. */
    long heapAfterFullGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The live objects by class (after a full collection), as {@code jcmd GC.class_histogram} prints them. */
    String classHistogram() throws IOException {
        try {
            return (String) connector
                    .getMBeanServerConnection()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IOException("Cannot count the app's objects", e);
        }
    }

    /** Writes the app's heap (live objects) to {@code file}, in HPROF format. */
    void heapDump(Path file) throws IOException {
        try {
            connector
                    .getMBeanServerConnection()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcHeapDump",
                            new Object[] {new String[] {file.toAbsolutePath().toString()}},
                            new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IOException("Cannot write the app's heap", e);
        }
    }

    /** CPU time the app's process has used so far, all threads, in nanoseconds. */
    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    int threads() {
        return threads.getThreadCount();
    }

    /** The resident set size of the app's process (Linux), or -1 when it cannot be read. */
    long rssBytes() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException ignored) {
            // the process goes anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
