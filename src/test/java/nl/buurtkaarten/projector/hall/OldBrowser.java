package nl.buurtkaarten.projector.hall;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;

/**
 * A page in an old JavaScript engine: Mozilla Rhino at language version 1.8, which has ES5 but no Promise,
 * Symbol, TextEncoder or TextDecoder, with what a browser of 2015 gives a script (old-browser.js: elements by id,
 * timers, XMLHttpRequest, WebSocket). The WebSocket is Java's own {@link java.net.http.WebSocket} and the requests
 * are real HTTP, so the scripts talk to the running app as a browser would. All JavaScript runs on one thread,
 * as in a browser; an error thrown by a callback is kept in {@link #errors}, as a browser's console would.
 */
final class OldBrowser implements AutoCloseable {

    /** The frames the page sent and received over its WebSockets, in order. */
    final List<String> sent = new CopyOnWriteArrayList<>();

    final List<String> received = new CopyOnWriteArrayList<>();

    /** Uncaught errors of the page's callbacks. */
    final List<String> errors = new CopyOnWriteArrayList<>();

    private final URI origin;
    private final ScheduledExecutorService loop =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "old-browser"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Integer, Future<?>> timers = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<WebSocket>> sockets = new ConcurrentHashMap<>();
    private Context context;
    private ScriptableObject scope;

    /** A page at {@code address} (path, query and fragment as a browser's location has them). */
    OldBrowser(URI address) {
        this.origin = address.resolve("/");
        on(() -> {
            context = Context.enter();
            context.setLanguageVersion(Context.VERSION_1_8);
            context.setInterpretedMode(true);
            scope = context.initStandardObjects();
            ScriptableObject.putProperty(scope, "bridge", Context.javaToJS(new Bridge(), scope));
            try (InputStream shim = OldBrowser.class.getResourceAsStream("old-browser.js")) {
                context.evaluateString(
                        scope, new String(shim.readAllBytes(), StandardCharsets.UTF_8), "old-browser.js", 1, null);
            }
            call(
                    "__page",
                    address.getScheme() + ":",
                    address.getRawAuthority(),
                    address.getRawPath(),
                    address.getRawQuery() == null ? "" : "?" + address.getRawQuery(),
                    address.getRawFragment() == null ? "" : "#" + address.getRawFragment());
            return null;
        });
    }

    /** Runs a script as a {@code <script>} element would; fails the test when it does not even parse or run. */
    void load(String name, String script) {
        on(() -> context.evaluateString(scope, script, name, 1, null));
    }

    /** The value of an expression, as a string. */
    String eval(String expression) {
        return on(() -> Context.toString(context.evaluateString(scope, expression, "eval", 1, null)));
    }

    /** What an element shows. */
    String text(String id) {
        return eval("document.getElementById('" + id + "').textContent");
    }

    @Override
    public void close() {
        sockets.values().forEach(socket -> socket.thenAccept(WebSocket::abort));
        try {
            on(() -> {
                Context.exit();
                return null;
            });
        } finally {
            loop.shutdownNow();
            http.close();
        }
    }

    private <T> T on(java.util.concurrent.Callable<T> work) {
        try {
            return loop.submit(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (TimeoutException stuck) {
            throw new IllegalStateException("the page's script did not finish within 30 s", stuck);
        }
    }

    /** Calls one of old-browser.js's functions later, on the page's thread, as a browser's event would. */
    private void later(String function, Object... args) {
        loop.execute(() -> call(function, args));
    }

    private void call(String function, Object... args) {
        try {
            ((Function) scope.get(function, scope)).call(context, scope, scope, args);
        } catch (RhinoException uncaught) {
            errors.add(uncaught.details() + " " + uncaught.getScriptStackTrace());
        }
    }

    /** What old-browser.js asks of Java. Public, for Rhino to call. */
    public final class Bridge {

        public void timer(int id, double millis, boolean repeat) {
            Runnable fire = () -> call("__timer", id);
            long delay = (long) millis;
            timers.put(
                    id,
                    repeat
                            ? loop.scheduleAtFixedRate(fire, delay, Math.max(delay, 1), TimeUnit.MILLISECONDS)
                            : loop.schedule(fire, delay, TimeUnit.MILLISECONDS));
        }

        public void cancel(int id) {
            Future<?> timer = timers.remove(id);
            if (timer != null) {
                timer.cancel(false);
            }
        }

        public void get(int id, String url) {
            http.sendAsync(
                            HttpRequest.newBuilder(origin.resolve(url)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((response, failed) -> later(
                            "__response",
                            id,
                            response == null ? 0 : response.statusCode(),
                            response == null ? "" : response.body()));
        }

        public void open(int id, String url, String protocols) {
            List<String> offered = protocols.isEmpty() ? List.of() : Arrays.asList(protocols.split(","));
            WebSocket.Builder builder = http.newWebSocketBuilder();
            if (!offered.isEmpty()) {
                builder.subprotocols(
                        offered.getFirst(), offered.subList(1, offered.size()).toArray(String[]::new));
            }
            CompletableFuture<WebSocket> socket = builder.buildAsync(URI.create(url), new Listener(id));
            sockets.put(id, socket);
            socket.whenComplete((open, failed) -> {
                if (failed != null) {
                    later("__socket", id, "close", 1006, "");
                } else {
                    later("__socket", id, "open", open.getSubprotocol(), "");
                }
            });
        }

        public void send(int id, String data) {
            sent.add(data);
            // One text at a time, as Java's WebSocket wants it.
            sockets.computeIfPresent(id, (any, socket) -> socket.thenCompose(open -> open.sendText(data, true)));
        }

        public void close(int id, int code, String reason) {
            CompletableFuture<WebSocket> socket = sockets.get(id);
            if (socket != null) {
                socket.thenCompose(open -> open.sendClose(code, reason));
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final int id;
        private final StringBuilder partial = new StringBuilder();

        Listener(int id) {
            this.id = id;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                received.add(frame);
                later("__socket", id, "message", frame, "");
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            sockets.remove(id);
            later("__socket", id, "close", code, reason);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            sockets.remove(id);
            later("__socket", id, "close", 1006, String.valueOf(error.getMessage()));
        }
    }
}
