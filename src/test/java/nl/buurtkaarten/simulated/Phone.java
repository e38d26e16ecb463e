package nl.buurtkaarten.simulated;

import com.vaadin.flow.internal.nodefeature.NodeFeatures;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated phone: a browser tab running Vaadin's client, reduced to its protocol. It loads a
 * page and Vaadin's init request, keeps the push WebSocket open, keeps its copy of the state tree
 * up to date from every response and push (in the server's {@code syncId} order, as Flow's
 * {@code MessageHandler} does), and sends what a parent does (taps, typed values) as UIDL
 * requests, one at a time, with the CSRF token, {@code syncId} and {@code clientId} that Flow's
 * {@code MessageSender} sends. It runs no JavaScript and loads no scripts or styles.
 *
 * <p>Everything it receives is recorded as an {@link Arrival} (when, how many bytes). Anything
 * that a real browser would show as trouble (an HTTP error, a lost push connection, an expired
 * session, Vaadin's "internal error") is recorded in {@link #problems()}.
 *
 * <p>Thread-safe: responses and pushes are applied under this phone's lock, and every read of
 * its screen takes the same lock.
 */
public final class Phone {

    /** The browser this phone says it is: Chrome on an Android phone. */
    static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Mobile Safari/537.36";

    private static final int UNDEFINED = -1;
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    private final Phones network;
    private final String name;
    private final String acceptLanguage;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final StateTree tree = new StateTree();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final TreeMap<Integer, Pending> outOfOrder = new TreeMap<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final Deque<Queued> queued = new ArrayDeque<>();
    /** Only touched by the WebSocket listener, whose calls never overlap. */
    private final StringBuilder pushBuffer = new StringBuilder();

    private int lastSeenServerSyncId = UNDEFINED;
    private int clientToServerId;
    private String csrfToken = ApplicationConstants.CSRF_TOKEN_DEFAULT_VALUE;
    private String pushId;
    private int uiId = UNDEFINED;
    private int maxMessageSuspendTimeout = 5000;
    private List<CompletableFuture<Arrival>> inFlight;
    private WebSocket socket;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> gapCheck;
    private boolean closing;
    private int requestsSent;
    private long bytesSent;

    Phone(Phones network, String name, String acceptLanguage) {
        this.network = network;
        this.name = name;
        this.acceptLanguage = acceptLanguage;
    }

    public String name() {
        return name;
    }

    // Opening a page

    /**
     * Opens a page of the app (such as {@code join/KDNRJKD3R}) as a browser does: the HTML page,
     * Vaadin's init request with the browser's details, the push WebSocket, and the navigation
     * event that makes the server build the view. Completes when the view is on the phone.
     */
    public CompletableFuture<Phone> open(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String location = relative.contains("?") ? relative.substring(0, relative.indexOf('?')) : relative;
        String query = relative.contains("?") ? relative.substring(relative.indexOf('?') + 1) : "";
        URI page = network.base.resolve(relative);
        HttpRequest pageRequest = request(page)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET()
                .build();
        return sendHttp(pageRequest)
                .thenCompose(response -> {
                    expectOk(response, "the page " + relative);
                    record(new Arrival(Arrival.Kind.PAGE, System.nanoTime(), utf8Length(response.body()), UNDEFINED));
                    URI init = network.base.resolve("?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                            + ApplicationConstants.REQUEST_TYPE_INIT + "&"
                            + ApplicationConstants.REQUEST_LOCATION_PARAMETER + "="
                            + encode(location) + "&" + ApplicationConstants.REQUEST_QUERY_PARAMETER + "="
                            + encode(query) + "&"
                            + browserDetails());
                    return sendHttp(request(init).header("Accept", "*/*").GET().build());
                })
                .thenCompose(response -> {
                    long arrived = System.nanoTime();
                    expectOk(response, "Vaadin's init request");
                    JsonNode config = network.json.readTree(response.body()).path("appConfig");
                    synchronized (this) {
                        uiId = config.path(ApplicationConstants.UI_ID_PARAMETER).asInt();
                        maxMessageSuspendTimeout =
                                config.path("maxMessageSuspendTimeout").asInt(5000);
                    }
                    JsonNode uidl = config.path("uidl");
                    receive(uidl, new Arrival(Arrival.Kind.INIT, arrived, utf8Length(response.body()), syncIdOf(uidl)));
                    scheduleHeartbeat(config.path("heartbeatInterval").asInt(-1));
                    return connectPush();
                })
                .thenCompose(connected -> navigate("/" + location, query))
                .thenApply(navigated -> this);
    }

    /**
     * Submits a plain HTML form as a browser does, such as the sign-in form: loads the page at
     * {@code path} (which sets the session cookie), then posts the fields, url-encoded, to the same
     * address with the page's CSRF token (the {@code _csrf} meta tag) added, and keeps the cookies
     * of the answer. Redirects are not followed. Completes with the answer (status, {@code Location}).
     */
    public CompletableFuture<HttpResponse<String>> submitForm(String path, Map<String, String> fields) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        URI page = network.base.resolve(relative);
        return sendHttp(request(page)
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .GET()
                        .build())
                .thenCompose(response -> {
                    expectOk(response, "the page " + relative);
                    Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"")
                            .matcher(response.body());
                    Map<String, String> form = new LinkedHashMap<>();
                    if (token.find()) {
                        form.put("_csrf", token.group(1));
                    }
                    form.putAll(fields);
                    String body = form.entrySet().stream()
                            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                            .collect(Collectors.joining("&"));
                    return sendHttp(request(page)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build());
                });
    }

    /** Vaadin's {@code ui-navigate} event, as the client sends it once it runs (route, query, history state). */
    private CompletableFuture<Arrival> navigate(String route, String query) {
        synchronized (this) {
            ObjectNode data = network.json.createObjectNode();
            data.put("route", route);
            data.put("query", query);
            data.put("appShellTitle", "");
            data.putObject("historyState").put("idx", 0);
            data.put("trigger", "");
            ObjectNode rpc = network.json.createObjectNode();
            rpc.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
            rpc.put(JsonConstants.RPC_NODE, StateTree.ROOT);
            rpc.put(JsonConstants.RPC_EVENT_TYPE, "ui-navigate");
            rpc.set(JsonConstants.RPC_EVENT_DATA, data);
            return enqueue(List.of(rpc));
        }
    }

    /** The details Vaadin's bootstrap reports about the browser, as a phone-sized Chromium sends them. */
    private static String browserDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", String.valueOf(HEIGHT));
        details.put("v-sw", String.valueOf(WIDTH));
        details.put("v-wh", String.valueOf(HEIGHT));
        details.put("v-ww", String.valueOf(WIDTH));
        details.put("v-bh", String.valueOf(HEIGHT));
        details.put("v-bw", String.valueOf(WIDTH));
        details.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        details.put("v-tzo", "0");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "0");
        details.put("v-dston", "false");
        details.put("v-tzid", "UTC");
        details.put("v-wn", "v-" + ThreadLocalRandom.current().nextDouble());
        details.put("v-td", "true");
        details.put("v-pr", "3");
        details.put("v-np", "Linux armv8l");
        details.put("v-cs", "light");
        details.put("v-pv", "VISIBLE");
        details.put("v-fs", "NOT_FULLSCREEN");
        details.put("v-so", "portrait-primary");
        details.put("v-soa", "0");
        details.put("v-tn", "lumo");
        details.put("v-ga", "UNSUPPORTED");
        details.put("v-wla", "SUPPORTED");
        details.put("v-ws", "false");
        return details.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    // The push connection

    private CompletableFuture<WebSocket> connectPush() {
        String pushUri;
        synchronized (this) {
            StateNode ui = tree.root();
            Object mode = ui.get(NodeFeatures.UI_PUSHCONFIGURATION, "pushMode");
            if (mode == null || "DISABLED".equals(mode)) {
                throw new IllegalStateException("The app has no push for this page; a simulated phone needs it");
            }
            if (!Boolean.TRUE.equals(ui.get(NodeFeatures.UI_PUSHCONFIGURATION, "alwaysXhrToServer"))
                    || !(ui.get(NodeFeatures.UI_PUSHCONFIGURATION, "parameters") instanceof StateNode parameters)
                    || !"websocket".equals(parameters.get(NodeFeatures.UI_PUSHCONFIGURATION_PARAMETERS, "transport"))) {
                throw new IllegalStateException(
                        "A simulated phone speaks only push over WebSocket with requests over HTTP "
                                + "(Transport.WEBSOCKET_XHR)");
            }
            Object mapping = ui.get(NodeFeatures.UI_PUSHCONFIGURATION, "pushServletMapping");
            String prefix = mapping == null ? "" : String.valueOf(mapping).replaceFirst("^/", "");
            // The parameters the Atmosphere client of vaadinPush.js sends, in its order.
            pushUri = prefix + "VAADIN/push?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                    + ApplicationConstants.REQUEST_TYPE_PUSH + "&" + ApplicationConstants.UI_ID_PARAMETER + "=" + uiId
                    + "&"
                    + ApplicationConstants.PUSH_ID_PARAMETER + "=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + lastSeenServerSyncId;
        }
        URI http = network.base.resolve(pushUri);
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        WebSocket.Builder builder = network.http
                .newWebSocketBuilder()
                .header("Accept-Language", acceptLanguage)
                .header("User-Agent", USER_AGENT)
                .header("Origin", network.base.getScheme() + "://" + network.base.getAuthority());
        String cookie = cookieHeader(http);
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(ws, new PushListener()).thenApply(webSocket -> {
            synchronized (this) {
                socket = webSocket;
            }
            return webSocket;
        });
    }

    private final class PushListener implements WebSocket.Listener {

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            pushBuffer.append(data);
            readPushMessages();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            synchronized (Phone.this) {
                if (!closing) {
                    problem("The server closed the push connection: " + statusCode + " " + reason);
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            synchronized (Phone.this) {
                if (!closing) {
                    problem("The push connection failed: " + error);
                }
            }
        }
    }

    /**
     * Atmosphere's framing with {@code X-Atmosphere-TrackMessageSize}: each message is its length,
     * a bar and the message, and one WebSocket frame may hold several messages or part of one.
     * Besides Vaadin's UIDL messages it sends its own handshake ({@code uuid|interval|padding|}) and
     * heartbeat padding, which a phone ignores.
     */
    private void readPushMessages() {
        while (true) {
            int bar = pushBuffer.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length;
            try {
                length = Integer.parseInt(pushBuffer.substring(0, bar));
            } catch (NumberFormatException e) {
                synchronized (this) {
                    problem("A push message without a length: " + abbreviate(pushBuffer.toString()));
                }
                pushBuffer.setLength(0);
                return;
            }
            if (pushBuffer.length() < bar + 1 + length) {
                return;
            }
            String message = pushBuffer.substring(bar + 1, bar + 1 + length);
            int bytes = utf8Length(pushBuffer.substring(0, bar + 1)) + utf8Length(message);
            pushBuffer.delete(0, bar + 1 + length);
            if (message.startsWith("{")) {
                JsonNode json = network.json.readTree(message);
                receive(json, new Arrival(Arrival.Kind.PUSH, System.nanoTime(), bytes, syncIdOf(json)));
            }
        }
    }

    // Acting

    /** Taps the element. Completes when the server's response has been applied. */
    public CompletableFuture<Arrival> click(Element element) {
        return send(Action.click(element));
    }

    /** Types the whole value of a field. Completes when the server's response has been applied. */
    public CompletableFuture<Arrival> type(Element field, String text) {
        return send(Action.type(field, text));
    }

    /**
     * Sends what the parent did in one UIDL request. When a request is still waiting for its
     * response, the actions wait too and go together with anything else waiting in the next
     * request, as Flow's client does. Completes with the response once it has been applied.
     */
    public CompletableFuture<Arrival> send(Action... actions) {
        synchronized (this) {
            List<ObjectNode> invocations = new ArrayList<>();
            for (Action action : actions) {
                invocations.addAll(invocations(action));
            }
            return enqueue(invocations);
        }
    }

    private CompletableFuture<Arrival> enqueue(List<ObjectNode> invocations) {
        if (closing) {
            throw new IllegalStateException(name + " is closed");
        }
        CompletableFuture<Arrival> done = new CompletableFuture<>();
        if (inFlight == null) {
            post(invocations, List.of(done));
        } else {
            queued.add(new Queued(invocations, done));
        }
        return done;
    }

    private List<ObjectNode> invocations(Action action) {
        if (action.element.phone() != this) {
            throw new IllegalArgumentException(action + " is an element of another phone than " + name);
        }
        StateNode node = action.element.node();
        if (node.detached) {
            throw new IllegalStateException(action + ": the element is no longer on " + name + "'s screen");
        }
        List<ObjectNode> invocations = new ArrayList<>();
        if (action.kind == Action.Kind.EVENT) {
            invocations.add(event(node, action.name, action.data));
            return invocations;
        }
        List<String> reportedBy = new ArrayList<>();
        node.mapOrEmpty(NodeFeatures.ELEMENT_LISTENERS).forEach((event, key) -> {
            if (expressions(key).has(JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN + action.name)) {
                reportedBy.add(event);
            }
        });
        if (reportedBy.isEmpty()) {
            throw new IllegalStateException("The server does not take the property " + action.name + " from "
                    + action.element + ": no event listener synchronizes it");
        }
        if (!Objects.equals(node.get(NodeFeatures.ELEMENT_PROPERTIES, action.name), action.value)) {
            node.map(NodeFeatures.ELEMENT_PROPERTIES).put(action.name, action.value);
            ObjectNode sync = network.json.createObjectNode();
            sync.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_MAP_SYNC);
            sync.put(JsonConstants.RPC_NODE, node.id);
            sync.put(JsonConstants.RPC_FEATURE, NodeFeatures.ELEMENT_PROPERTIES);
            sync.put(JsonConstants.RPC_PROPERTY, action.name);
            sync.set(JsonConstants.RPC_PROPERTY_VALUE, network.json.valueToTree(action.value));
            invocations.add(sync);
        }
        for (String event : reportedBy) {
            invocations.add(event(node, event, Map.of()));
        }
        return invocations;
    }

    /**
     * An event as Flow's client reports it: the data holds a value for each expression the
     * server asked for in the listener's constant. This client evaluates no JavaScript: a value
     * given by the caller wins, filters count as passed ({@code true}), and the usual mouse
     * expressions get those of a plain tap (detail 1, main button, no modifier keys).
     */
    private ObjectNode event(StateNode node, String type, Map<String, Object> given) {
        Object key = node.get(NodeFeatures.ELEMENT_LISTENERS, type);
        if (key == null) {
            throw new IllegalStateException(
                    "The server does not listen for " + type + " on node " + node.id + " of " + name);
        }
        JsonNode expressions = expressions(key);
        ObjectNode rpc = network.json.createObjectNode();
        rpc.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        rpc.put(JsonConstants.RPC_NODE, node.id);
        rpc.put(JsonConstants.RPC_EVENT_TYPE, type);
        if (expressions.isEmpty()) {
            return rpc;
        }
        ObjectNode data = rpc.putObject(JsonConstants.RPC_EVENT_DATA);
        for (Map.Entry<String, JsonNode> expression : expressions.properties()) {
            String text = expression.getKey();
            JsonNode settings = expression.getValue();
            if (text.startsWith(JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN)) {
                continue;
            }
            if (text.startsWith(JsonConstants.MAP_STATE_NODE_EVENT_DATA)) {
                data.put(text, node.id);
            } else if (given.containsKey(text)) {
                data.set(text, network.json.valueToTree(given.get(text)));
            } else if (settings.isBoolean() && !settings.asBoolean()) {
                data.set(text, network.json.valueToTree(plainValue(text)));
            } else {
                data.put(text, true);
                if (settings.isArray() && !settings.isEmpty() && settings.get(0).size() > 1) {
                    data.put(
                            JsonConstants.EVENT_DATA_PHASE,
                            settings.get(0).get(1).asString());
                }
            }
        }
        return rpc;
    }

    private static Object plainValue(String expression) {
        if (expression.equals("event.detail")) {
            return 1;
        }
        if (expression.endsWith("Key") || expression.equals("event.repeat") || expression.equals("event.isComposing")) {
            return false;
        }
        if (expression.equals("event.button") || expression.matches("event\\.(client|screen|offset|page)[XY]")) {
            return 0;
        }
        return null;
    }

    private JsonNode expressions(Object key) {
        JsonNode expressions = constants.get(String.valueOf(key));
        if (expressions == null) {
            throw new IllegalStateException(
                    "The server referred to constant " + key + ", which " + name + " never received");
        }
        return expressions;
    }

    private void post(List<ObjectNode> invocations, List<CompletableFuture<Arrival>> waiting) {
        ObjectNode payload = network.json.createObjectNode();
        if (!ApplicationConstants.CSRF_TOKEN_DEFAULT_VALUE.equals(csrfToken)) {
            payload.put(ApplicationConstants.CSRF_TOKEN, csrfToken);
        }
        ArrayNode rpc = payload.putArray(ApplicationConstants.RPC_INVOCATIONS);
        invocations.forEach(rpc::add);
        payload.put(ApplicationConstants.SERVER_SYNC_ID, lastSeenServerSyncId);
        payload.put(ApplicationConstants.CLIENT_TO_SERVER_ID, clientToServerId++);
        inFlight = waiting;
        String body = payload.toString();
        requestsSent++;
        bytesSent += utf8Length(body);
        HttpRequest request = request(uidlUri())
                .header("Content-Type", JsonConstants.JSON_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        network.http
                .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .whenComplete(this::onUidlResponse);
    }

    private void onUidlResponse(HttpResponse<String> response, Throwable error) {
        long arrived = System.nanoTime();
        if (error == null) {
            remember(response);
        }
        if (error != null || response.statusCode() != 200) {
            String what = error != null
                    ? error.toString()
                    : "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            List<Runnable> after = new ArrayList<>();
            synchronized (this) {
                problem("A UIDL request failed: " + what);
                List<CompletableFuture<Arrival>> failed = inFlight == null ? List.of() : inFlight;
                failed.forEach(waiting -> after.add(
                        () -> waiting.completeExceptionally(new IllegalStateException(name + ": " + what, error))));
                inFlight = null;
                sendQueued();
            }
            after.forEach(Runnable::run);
            return;
        }
        String body = response.body();
        // Older Flow versions wrapped the response as for(;;);[{...}]
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode message = network.json.readTree(json);
        if (message.isArray()) {
            message = message.get(0);
        }
        receive(message, new Arrival(Arrival.Kind.RESPONSE, arrived, utf8Length(body), syncIdOf(message)));
    }

    private void sendQueued() {
        if (queued.isEmpty() || closing) {
            return;
        }
        List<ObjectNode> invocations = new ArrayList<>();
        List<CompletableFuture<Arrival>> waiting = new ArrayList<>();
        for (Queued next : queued) {
            invocations.addAll(next.invocations());
            waiting.add(next.done());
        }
        queued.clear();
        post(invocations, waiting);
    }

    // Receiving

    /** Applies a message from the server, in the server's order; package-private for the client's own tests. */
    void receive(JsonNode message, Arrival arrival) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            arrivals.add(arrival);
            int syncId = arrival.syncId();
            if (syncId != UNDEFINED && lastSeenServerSyncId != UNDEFINED && syncId <= lastSeenServerSyncId) {
                // Flow ignores a message it has seen; a response still ends its request.
                if (isResponse(message)) {
                    endRequest(arrival, after);
                }
            } else if (syncId == UNDEFINED || lastSeenServerSyncId == UNDEFINED || syncId == lastSeenServerSyncId + 1) {
                process(message, arrival, after);
                processWaitingInOrder(after);
            } else {
                // An earlier message is still on its way (a push overtaken by a response, or the reverse).
                outOfOrder.put(syncId, new Pending(message, arrival));
                if (gapCheck == null) {
                    gapCheck = network.timers.schedule(
                            this::giveUpWaiting, maxMessageSuspendTimeout, TimeUnit.MILLISECONDS);
                }
            }
        }
        after.forEach(Runnable::run);
    }

    private void processWaitingInOrder(List<Runnable> after) {
        while (!outOfOrder.isEmpty() && outOfOrder.firstKey() == lastSeenServerSyncId + 1) {
            Pending next = outOfOrder.pollFirstEntry().getValue();
            process(next.message(), next.arrival(), after);
        }
        outOfOrder.headMap(lastSeenServerSyncId, true).clear();
        if (outOfOrder.isEmpty() && gapCheck != null) {
            gapCheck.cancel(false);
            gapCheck = null;
        }
    }

    /** As Flow's client after {@code maxMessageSuspendTimeout}: a missing message is a problem; go on without it. */
    private void giveUpWaiting() {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            gapCheck = null;
            if (outOfOrder.isEmpty()) {
                return;
            }
            problem("Waited " + maxMessageSuspendTimeout + " ms for server message " + (lastSeenServerSyncId + 1)
                    + " that never came; went on with " + outOfOrder.firstKey());
            lastSeenServerSyncId = outOfOrder.firstKey() - 1;
            processWaitingInOrder(after);
        }
        after.forEach(Runnable::run);
    }

    private void process(JsonNode message, Arrival arrival, List<Runnable> after) {
        if (message.has(ApplicationConstants.CLIENT_TO_SERVER_ID)) {
            int expected = message.get(ApplicationConstants.CLIENT_TO_SERVER_ID).asInt();
            if (expected > clientToServerId) {
                clientToServerId = expected;
            }
        }
        if (arrival.syncId() != UNDEFINED) {
            lastSeenServerSyncId = arrival.syncId();
        }
        if (message.has("redirect")) {
            problem("The server sent the phone elsewhere: " + message.get("redirect"));
        }
        if (message.has(ApplicationConstants.UIDL_SECURITY_TOKEN_ID)) {
            csrfToken = message.get(ApplicationConstants.UIDL_SECURITY_TOKEN_ID).asString();
        }
        if (message.has(ApplicationConstants.UIDL_PUSH_ID)) {
            pushId = message.get(ApplicationConstants.UIDL_PUSH_ID).asString();
        }
        if (message.has("constants")) {
            message.get("constants")
                    .properties()
                    .forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
        }
        try {
            if (message.has("changes")) {
                tree.apply(message.get("changes"));
            }
            if (message.has(JsonConstants.UIDL_KEY_EXECUTE)) {
                tree.execute(message.get(JsonConstants.UIDL_KEY_EXECUTE));
            }
        } catch (RuntimeException e) {
            problem("Could not apply server message " + arrival.syncId() + ": " + e.getMessage());
        }
        JsonNode meta = message.path("meta");
        if (meta.has(JsonConstants.META_SESSION_EXPIRED)) {
            problem("The session expired");
        }
        if (meta.has("appError")) {
            problem("The app reported an error: " + meta.get("appError"));
        }
        if (isResponse(message)) {
            endRequest(arrival, after);
        }
        checkConditions(arrival, after);
    }

    private void endRequest(Arrival arrival, List<Runnable> after) {
        List<CompletableFuture<Arrival>> done = inFlight;
        inFlight = null;
        if (done != null) {
            done.forEach(waiting -> after.add(() -> waiting.complete(arrival)));
        }
        sendQueued();
    }

    private static boolean isResponse(JsonNode message) {
        return !message.path("meta").has(JsonConstants.META_ASYNC);
    }

    private static int syncIdOf(JsonNode message) {
        return message.has(ApplicationConstants.SERVER_SYNC_ID)
                ? message.get(ApplicationConstants.SERVER_SYNC_ID).asInt()
                : UNDEFINED;
    }

    // Waiting for what the phone shows

    /**
     * Completes as soon as the condition holds on this phone, with the message whose arrival made
     * it so (its {@link Arrival#nanoTime()} is when the phone could show it); at once, with the
     * latest arrival, when it holds already. The condition is checked after each message without
     * polling, under the phone's lock: keep it to reading the screen.
     */
    public CompletableFuture<Arrival> until(Predicate<Phone> condition) {
        synchronized (this) {
            if (condition.test(this)) {
                return CompletableFuture.completedFuture(arrivals.isEmpty() ? null : arrivals.getLast());
            }
            CompletableFuture<Arrival> seen = new CompletableFuture<>();
            conditions.add(new Condition(condition, seen));
            return seen;
        }
    }

    private void checkConditions(Arrival arrival, List<Runnable> after) {
        for (var iterator = conditions.iterator(); iterator.hasNext(); ) {
            Condition condition = iterator.next();
            try {
                if (condition.test().test(this)) {
                    iterator.remove();
                    after.add(() -> condition.seen().complete(arrival));
                }
            } catch (RuntimeException e) {
                iterator.remove();
                after.add(() -> condition.seen().completeExceptionally(e));
            }
        }
    }

    // Reading the screen

    /** The visible elements that match, in document order (including overlays such as notifications). */
    public List<Element> findAll(Predicate<Element> condition) {
        synchronized (this) {
            List<Element> found = new ArrayList<>();
            Element root = new Element(this, tree.root());
            root.collect(tree.root(), condition, found, true);
            return found;
        }
    }

    public Optional<Element> find(Predicate<Element> condition) {
        return findAll(condition).stream().findFirst();
    }

    /** The one visible element that matches; fails with an outline of the screen when there is none or more. */
    public Element get(Predicate<Element> condition) {
        synchronized (this) {
            List<Element> found = findAll(condition);
            if (found.size() != 1) {
                throw new NoSuchElementException(name + " shows " + found.size() + " elements matching " + condition
                        + " instead of one. The screen:\n" + screen());
            }
            return found.getFirst();
        }
    }

    /** An outline of what is visible, one element a line, for failure messages. */
    public String screen() {
        synchronized (this) {
            StringBuilder outline = new StringBuilder();
            outline(tree.root(), 0, outline);
            return outline.toString();
        }
    }

    private void outline(StateNode node, int depth, StringBuilder outline) {
        if (node.detached || Boolean.FALSE.equals(node.get(NodeFeatures.ELEMENT_DATA, "visible"))) {
            return;
        }
        if (node.has(NodeFeatures.ELEMENT_DATA, "tag")) {
            outline.append("  ".repeat(depth)).append(new Element(this, node)).append('\n');
            depth++;
        }
        for (int feature : new int[] {NodeFeatures.ELEMENT_CHILDREN, NodeFeatures.VIRTUAL_CHILDREN}) {
            for (Object child : node.listOrEmpty(feature)) {
                if (child instanceof StateNode childNode) {
                    outline(childNode, depth, outline);
                }
            }
        }
    }

    // What was received and what went wrong

    /** Everything received so far, in the order it arrived. */
    public synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Trouble a real browser would show or suffer: HTTP errors, a lost push connection, an expired session, a missing message. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized int requestsSent() {
        return requestsSent;
    }

    /** UTF-8 bytes of the bodies of the UIDL requests sent. */
    public synchronized long bytesSent() {
        return bytesSent;
    }

    /** The number of state nodes the phone holds: a measure of its memory. */
    public synchronized int nodes() {
        return tree.size();
    }

    private void problem(String problem) {
        problems.add(problem);
    }

    private synchronized void record(Arrival arrival) {
        arrivals.add(arrival);
    }

    // Heartbeat and closing

    private void scheduleHeartbeat(int seconds) {
        if (seconds > 0) {
            synchronized (this) {
                heartbeat = network.timers.scheduleAtFixedRate(this::sendHeartbeat, seconds, seconds, TimeUnit.SECONDS);
            }
        }
    }

    /** Vaadin's heartbeat, which tells the server that the tab is still open. */
    private void sendHeartbeat() {
        URI uri = network.base.resolve(
                "?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_HEARTBEAT
                        + "&" + ApplicationConstants.UI_ID_PARAMETER + "=" + uiId);
        sendHttp(request(uri).POST(HttpRequest.BodyPublishers.noBody()).build()).whenComplete((response, error) -> {
            synchronized (this) {
                if (error != null || response.statusCode() != 200) {
                    problem("A heartbeat failed: " + (error != null ? error : "HTTP " + response.statusCode()));
                } else {
                    arrivals.add(new Arrival(
                            Arrival.Kind.HEARTBEAT, System.nanoTime(), utf8Length(response.body()), UNDEFINED));
                }
            }
        });
    }

    /**
     * Closes the tab: the unload beacon that makes the server close the UI at once, then the push
     * connection. Completes when both are done; never fails.
     */
    public CompletableFuture<Void> close() {
        String beacon;
        WebSocket open;
        synchronized (this) {
            if (closing) {
                return CompletableFuture.completedFuture(null);
            }
            closing = true;
            conditions.forEach(condition -> condition.seen().cancel(false));
            conditions.clear();
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            if (gapCheck != null) {
                gapCheck.cancel(false);
            }
            if (uiId == UNDEFINED) {
                return CompletableFuture.completedFuture(null);
            }
            ObjectNode payload = network.json.createObjectNode();
            payload.put(ApplicationConstants.CSRF_TOKEN, csrfToken);
            payload.putArray(ApplicationConstants.RPC_INVOCATIONS);
            payload.put(ApplicationConstants.UNLOAD_BEACON, true);
            beacon = payload.toString();
            open = socket;
        }
        HttpRequest request = request(uidlUri())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<?> unloaded = sendHttp(request);
        CompletableFuture<?> closed =
                open == null ? CompletableFuture.completedFuture(null) : open.sendClose(WebSocket.NORMAL_CLOSURE, "");
        return CompletableFuture.allOf(unloaded, closed).handle((ignored, error) -> null);
    }

    // HTTP details

    private URI uidlUri() {
        return network.base.resolve("?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                + ApplicationConstants.REQUEST_TYPE_UIDL + "&" + ApplicationConstants.UI_ID_PARAMETER + "=" + uiId);
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(network.requestTimeout)
                .header("Accept-Language", acceptLanguage)
                .header("User-Agent", USER_AGENT);
        String cookie = cookieHeader(uri);
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private CompletableFuture<HttpResponse<String>> sendHttp(HttpRequest request) {
        return network.http
                .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> {
                    remember(response);
                    return response;
                });
    }

    private String cookieHeader(URI uri) {
        try {
            return String.join("; ", cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<?> response) {
        try {
            cookies.put(response.uri(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            synchronized (this) {
                problem(what + " answered HTTP " + response.statusCode());
            }
            throw new IllegalStateException(name + ": " + what + " answered HTTP " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "...";
    }

    @Override
    public String toString() {
        return name;
    }

    private record Pending(JsonNode message, Arrival arrival) {}

    private record Queued(List<ObjectNode> invocations, CompletableFuture<Arrival> done) {}

    private record Condition(Predicate<Phone> test, CompletableFuture<Arrival> seen) {}
}
