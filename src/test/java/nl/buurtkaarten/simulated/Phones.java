package nl.buurtkaarten.simulated;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crowd of simulated phones talking to one running app over Vaadin's own protocol (see
 * {@link Phone} and src/site/markdown/simulated-phones.md). All phones share one
 * {@link HttpClient}: one selector thread for every connection and WebSocket, and a small pool of
 * threads that handles what arrives; each phone keeps its own cookies. So a crowd of 250 phones
 * costs a handful of threads, not 250.
 */
public final class Phones implements AutoCloseable {

    /** What the phones send as {@code Accept-Language} unless told otherwise: Dutch, the app's default. */
    public static final String DUTCH = "nl-NL,nl;q=0.9";

    final URI base;
    final HttpClient http;
    final JsonMapper json = JsonMapper.builder().build();
    final ScheduledExecutorService timers;
    final Duration requestTimeout;
    private final ExecutorService workers;
    private final List<Phone> phones = new CopyOnWriteArrayList<>();

    /** Phones for the app at {@code base} (such as {@code http://localhost:8080/}), with two worker threads. */
    public Phones(URI base) {
        this(base, 2, Duration.ofMinutes(2));
    }

    /**
     * @param base the app's address, ending in a slash
     * @param workerThreads threads that handle responses and pushes for all phones together
     * @param requestTimeout how long a phone waits for any one HTTP response before it counts as a problem
     */
    public Phones(URI base, int workerThreads, Duration requestTimeout) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.requestTimeout = requestTimeout;
        this.workers = Executors.newFixedThreadPool(workerThreads, daemon("simulated-phones"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("simulated-phones-timer"));
        // HTTP/1.1 as a browser uses it on plain http; no h2c upgrade attempts.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(workers)
                .build();
    }

    /** A new phone with its own cookies, in Dutch; nothing is sent until {@link Phone#open}. */
    public Phone newPhone(String name) {
        return newPhone(name, DUTCH);
    }

    /** A new phone whose browser asks for this language ({@code Accept-Language}, such as {@code "ar"}). */
    public Phone newPhone(String name, String acceptLanguage) {
        Phone phone = new Phone(this, name, acceptLanguage);
        phones.add(phone);
        return phone;
    }

    public List<Phone> all() {
        return List.copyOf(phones);
    }

    /** Closes every phone as a browser closing its tab does (unload beacon, WebSocket closed), then the client. */
    @Override
    public void close() {
        try {
            CompletableFuture.allOf(phones.stream().map(Phone::close).toArray(CompletableFuture[]::new))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(error -> null)
                    .join();
        } finally {
            http.shutdownNow();
            timers.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
