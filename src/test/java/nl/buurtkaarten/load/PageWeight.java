package nl.buurtkaarten.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a phone's browser transfers to show a page, measured with a plain {@link HttpClient}: the
 * HTML page, what it references (scripts, style sheets, icons), the modules those scripts import
 * (static imports; of the dynamic ones those the bootstrap script always loads, and the on-demand
 * chunks whose key the server's first messages name), the {@code url(...)} of the style sheets,
 * the SVG files the page's elements name (the phone's icon sprite), and Vaadin's init request and
 * first UIDL message (the navigation). Every request says
 * {@code Accept-Encoding: gzip, br}; what counts is what comes over the wire: the encoded body plus
 * the response's status line and headers.
 *
 * <p>The warm reload opens the page again with that cache: the page and Vaadin's requests always
 * go; a file still fresh by its {@code Cache-Control: max-age} is not asked for; a stale one is
 * asked for again with {@code If-None-Match}/{@code If-Modified-Since} (a 304 costs its headers).
 */
final class PageWeight {

    /** Bytes on the wire and requests of one load. */
    record Load(long bytes, int requests) {

        double kilobytes() {
            return bytes / 1024.0;
        }
    }

    record Weight(Load first, Load warm, List<String> firstRequests, List<String> warmRequests) {}

    private static final Pattern BASE = Pattern.compile("<base[^>]*\\shref=\"([^\"]*)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<link([^>]*)>");
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]+)\"");
    private static final Pattern REL = Pattern.compile("\\srel=\"([^\"]+)\"");
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*[\"'`](\\./[^\"'`]+\\.js)[\"'`]");
    private static final Pattern DYNAMIC_IMPORT =
            Pattern.compile("import\\(\\s*[\"'`](\\./[^\"'`]+\\.js)[\"'`]\\s*\\)");
    /** In Vaadin's generated imports: {@code e===`<key>`&&t.push(ne(()=>import(`./chunk-...js`),__vite__mapDeps([12,1]),...))}. */
    private static final Pattern ON_DEMAND = Pattern.compile(
            "===\\s*[`'\"]([0-9a-f]{64})[`'\"]\\s*&&[^;]*?import\\(\\s*[`'\"](\\./[^`'\"]+\\.js)[`'\"]\\s*\\)"
                    + "(?:\\s*,\\s*__vite__mapDeps\\(\\[([\\d,\\s]*)\\]\\))?");
    /** Vite's list of a module's dependencies, {@code m.f=["./a.js","./b.js"]}, which {@code __vite__mapDeps([i])} indexes. */
    private static final Pattern VITE_DEPS = Pattern.compile("m\\.f=\\[([^\\]]*)\\]");

    private static final Pattern QUOTED = Pattern.compile("[\"'`]([^\"'`]+)[\"'`]");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{64}");
    /** A picture file an element of the page names, such as an icon's sprite ({@code "icons/phone-icons.svg?v=...#sun-o"}). */
    private static final Pattern NAMED_PICTURE =
            Pattern.compile("\"([A-Za-z0-9_./-]+\\.svg(?:\\?[^\"#]*)?)(?:#[^\"]*)?\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<URI, Cached> cache = new HashMap<>();

    private record Cached(Optional<String> etag, Optional<String> lastModified, long freshUntilNanos) {}

    /** Loads {@code path} (such as {@code join/KDNRJKD3R}) twice: cold, then with the cache of the first load. */
    static Weight of(URI base, String path) throws IOException, InterruptedException {
        PageWeight browser = new PageWeight();
        Load first = browser.load(base, path);
        List<String> firstRequests = List.copyOf(browser.log);
        Load warm = browser.load(base, path);
        browser.http.close();
        return new Weight(first, warm, firstRequests, List.copyOf(browser.log));
    }

    private long bytes;
    private int requests;
    /** Each request of the last load: status, bytes on the wire, address. */
    private final List<String> log = new ArrayList<>();

    private Load load(URI base, String path) throws IOException, InterruptedException {
        bytes = 0;
        requests = 0;
        log.clear();
        URI page = base.resolve(path);
        String html = fetch(page, "text/html,application/xhtml+xml,*/*;q=0.8", false);
        // Vaadin's page names its base (such as "./.." for join/CODE): what it references is relative to that.
        Matcher baseHref = BASE.matcher(html);
        URI root = baseHref.find()
                ? page.resolve(baseHref.group(1).endsWith("/") ? baseHref.group(1) : baseHref.group(1) + "/")
                : page;
        Set<URI> files = new LinkedHashSet<>();
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            files.add(root.resolve(scripts.group(1)));
        }
        boolean icon = false;
        Matcher links = LINK.matcher(html);
        while (links.find()) {
            String attributes = links.group(1);
            Matcher href = HREF.matcher(attributes);
            Matcher rel = REL.matcher(attributes);
            if (href.find() && rel.find()) {
                String kind = rel.group(1);
                if (kind.contains("stylesheet")
                        || kind.contains("modulepreload")
                        || kind.equals("icon")
                        || kind.contains("shortcut")
                        || kind.contains("manifest")) {
                    files.add(root.resolve(href.group(1)));
                    icon |= kind.contains("icon");
                }
            }
        }
        if (!icon) {
            files.add(base.resolve("favicon.ico"));
        }

        // Vaadin's bootstrap: the init request, then the navigation, whose answers name the on-demand chunks.
        String location = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        String init = fetch(
                base.resolve(
                        "?v-r=init&location=" + encode(location) + "&query=" + encode(query)
                                + "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-tzo=0&v-td=true&v-pr=3&v-wn=load-benchmark"),
                "*/*",
                false);
        StringBuilder messages = new StringBuilder(init);
        JsonNode config = json.readTree(init).path("appConfig");
        int uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        String csrf = uidl.path("Vaadin-Security-Key").asString("init");
        int syncId = uidl.path("syncId").asInt(0);
        String navigate = "{\"csrfToken\":\"" + csrf
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"/" + location + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":0}";
        messages.append(post(base.resolve("?v-r=uidl&v-uiId=" + uiId), navigate));
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = HEX_KEY.matcher(messages);
        while (key.find()) {
            keys.add(key.group());
        }

        // Pictures the page's elements name (the phone's icons: <vaadin-icon src="icons/phone-icons.svg?v=..."
        // symbol="...">):
        // the browser fetches them as well.
        Matcher picture = NAMED_PICTURE.matcher(messages);
        while (picture.find()) {
            files.add(root.resolve(picture.group(1)));
        }

        Deque<URI> toLoad = new ArrayDeque<>(files);
        Set<URI> seen = new LinkedHashSet<>(files);
        while (!toLoad.isEmpty()) {
            URI file = toLoad.poll();
            String body = fetch(file, "*/*", true);
            if (body == null) {
                continue;
            }
            String name = file.getPath();
            Set<URI> next = new LinkedHashSet<>();
            if (name.endsWith(".js")) {
                Matcher imports = STATIC_IMPORT.matcher(body);
                while (imports.find()) {
                    next.add(file.resolve(imports.group(1)));
                }
                // The bootstrap's dynamic imports (Flow's client and its imports) always run.
                if (name.contains("/indexhtml-")) {
                    Matcher dynamic = DYNAMIC_IMPORT.matcher(body);
                    while (dynamic.find()) {
                        next.add(file.resolve(dynamic.group(1)));
                    }
                }
                // On-demand chunks run when the server names their key, with the dependencies Vite lists for them.
                List<String> viteDeps = new ArrayList<>();
                Matcher depsList = VITE_DEPS.matcher(body);
                if (depsList.find()) {
                    Matcher quoted = QUOTED.matcher(depsList.group(1));
                    while (quoted.find()) {
                        viteDeps.add(quoted.group(1));
                    }
                }
                Matcher onDemand = ON_DEMAND.matcher(body);
                while (onDemand.find()) {
                    if (keys.contains(onDemand.group(1))) {
                        next.add(file.resolve(onDemand.group(2)));
                        if (onDemand.group(3) != null) {
                            for (String index : onDemand.group(3).split(",")) {
                                int i = Integer.parseInt(index.strip());
                                if (i < viteDeps.size()) {
                                    next.add(file.resolve(viteDeps.get(i)));
                                }
                            }
                        }
                    }
                }
            } else if (name.endsWith(".css")) {
                for (Pattern reference : List.of(CSS_URL, CSS_IMPORT)) {
                    Matcher found = reference.matcher(body);
                    while (found.find()) {
                        String target = found.group(1).strip();
                        if (!target.startsWith("data:") && !target.startsWith("#")) {
                            next.add(file.resolve(target));
                        }
                    }
                }
            }
            for (URI uri : next) {
                if (seen.add(uri)) {
                    toLoad.add(uri);
                }
            }
        }
        return new Load(bytes, requests);
    }

    /**
     * One request as the browser makes it, counted; with {@code cacheable} the cache decides
     * whether it is made at all. Returns the decoded text of the resource (fetched again, not
     * counted, without compression, since the JDK reads no Brotli), or null when there is none.
     */
    private String fetch(URI uri, String accept, boolean cacheable) throws IOException, InterruptedException {
        Cached cached = cacheable ? cache.get(uri) : null;
        if (cached != null && cached.freshUntilNanos() > System.nanoTime()) {
            return plain(uri, accept);
        }
        HttpRequest.Builder request = request(uri).header("Accept", accept).header("Accept-Encoding", "gzip, br");
        if (cached != null) {
            cached.etag().ifPresent(tag -> request.header("If-None-Match", tag));
            cached.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        }
        HttpResponse<byte[]> response = send(request.GET().build());
        count(response);
        if (response.statusCode() == 304) {
            return plain(uri, accept);
        }
        if (response.statusCode() != 200) {
            return null;
        }
        if (cacheable) {
            remember(uri, response.headers());
        }
        boolean encoded = response.headers()
                .firstValue("Content-Encoding")
                .filter(coding -> !coding.equals("identity"))
                .isPresent();
        return encoded ? plain(uri, accept) : new String(response.body(), StandardCharsets.UTF_8);
    }

    private String post(URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(request(uri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept-Encoding", "gzip, br")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        count(response);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private String plain(URI uri, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                send(request(uri).header("Accept", accept).GET().build());
        return response.statusCode() == 200 ? new String(response.body(), StandardCharsets.UTF_8) : null;
    }

    private void count(HttpResponse<byte[]> response) {
        requests++;
        long before = bytes;
        try {
            countBytes(response);
        } finally {
            log.add(response.statusCode() + " " + (bytes - before) + " " + response.uri());
        }
    }

    private void countBytes(HttpResponse<byte[]> response) {
        long headers = "HTTP/1.1 200 OK\r\n".length() + 2;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                headers += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        bytes += headers + response.body().length;
    }

    private void remember(URI uri, HttpHeaders headers) {
        Optional<String> control = headers.firstValue("Cache-Control");
        long maxAge = control.map(value -> {
                    Matcher age = Pattern.compile("max-age=(\\d+)").matcher(value);
                    return value.contains("no-cache") || value.contains("no-store") || !age.find()
                            ? 0L
                            : Long.parseLong(age.group(1));
                })
                .orElse(0L);
        if (maxAge == 0 && control.isEmpty()) {
            // No Cache-Control: a browser may keep it for a tenth of the time since Last-Modified.
            maxAge = headers.firstValue("Last-Modified")
                    .map(date -> {
                        long age = Duration.between(
                                        ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME),
                                        ZonedDateTime.now())
                                .toSeconds();
                        return Math.max(0, age / 10);
                    })
                    .orElse(0L);
        }
        cache.put(
                uri,
                new Cached(
                        headers.firstValue("ETag"),
                        headers.firstValue("Last-Modified"),
                        System.nanoTime() + Duration.ofSeconds(maxAge).toNanos()));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) load-benchmark")
                .header("Accept-Language", "nl-NL,nl;q=0.9");
        try {
            String cookie = String.join("; ", cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of()));
            if (!cookie.isEmpty()) {
                builder.header("Cookie", cookie);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        cookies.put(response.uri(), response.headers().map());
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
