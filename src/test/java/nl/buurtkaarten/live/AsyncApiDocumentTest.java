package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.live.LiveCommands.CommandError;
import nl.buurtkaarten.live.LiveCommands.CommandReply;
import nl.buurtkaarten.live.LiveCommands.Draw;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.MimeTypeUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Keeps the live API's AsyncAPI document ({@code /api/live/asyncapi.yaml}) true: every field of every
 * message in the code is in it and nothing else, every destination and command, every refusal, the
 * limits; each example fits its schema and is read by the app as it would read a real message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AsyncApiDocumentTest {

    private static final JsonNode DOCUMENT = load();

    /** The messages of the document that the app writes or reads as JSON, with the class it uses. */
    private static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(
            "meetingSnapshot", MeetingSnapshot.class,
            "commandReply", CommandReply.class,
            "commandError", CommandError.class,
            "draw", Draw.class);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("brokerMessageConverter")
    MessageConverter converter;

    @Autowired
    LiveProperties properties;

    @Test
    void theDocumentIsAsyncApi3OfTheStompEndpoint() {
        assertThat(DOCUMENT.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.get("servers").values()).isNotEmpty().allSatisfy(server -> {
            assertThat(server.get("protocol").asString()).isIn("ws", "wss");
            assertThat(server.get("pathname").asString()).isEqualTo(LiveConfiguration.ENDPOINT);
            assertThat(server.get("x-stomp-version").asString()).isEqualTo("1.2");
        });
    }

    @Test
    void everyFieldOfEveryMessageIsInTheDocumentAndNothingMore() {
        List<String> problems = new ArrayList<>();
        PAYLOADS.forEach((message, type) -> compareRecord(
                type,
                resolve(DOCUMENT.get("components").get("messages").get(message).get("payload")),
                type.getSimpleName(),
                type != Draw.class,
                problems));
        assertThat(problems)
                .as("differences between the code and the AsyncAPI document")
                .isEmpty();
    }

    @Test
    void theChannelsAreTheApisDestinations() {
        Set<String> commands = new TreeSet<>();
        String prefix = LiveCommands.class.getAnnotation(MessageMapping.class).value()[0];
        for (Method method : LiveCommands.class.getDeclaredMethods()) {
            MessageMapping mapping = method.getAnnotation(MessageMapping.class);
            if (mapping != null) {
                commands.add("/app" + prefix + mapping.value()[0]);
            }
        }
        assertThat(new TreeSet<>(Arrays.asList(LiveTopics.COMMAND_PATTERNS)))
                .as("every command the controller handles is allowed by the security rules, and no other")
                .isEqualTo(commands);

        Set<String> destinations = new TreeSet<>(commands);
        destinations.addAll(List.of(LiveTopics.MEETING_PATTERN, LiveTopics.REPLIES, LiveTopics.ERRORS));
        Set<String> channels = new TreeSet<>();
        DOCUMENT.get("channels").values().forEach(channel -> {
            if (!channel.get("address").isNull()) {
                channels.add(channel.get("address").asString());
            }
        });
        assertThat(channels).isEqualTo(destinations);

        Map<String, String> actions = new LinkedHashMap<>();
        DOCUMENT.get("operations")
                .values()
                .forEach(operation -> actions.put(
                        address(operation.get("channel")),
                        operation.get("action").asString()));
        for (String command : commands) {
            assertThat(actions).as("an operation to send " + command).containsEntry(command, "send");
        }
        for (String topic : List.of(LiveTopics.MEETING_PATTERN, LiveTopics.REPLIES, LiveTopics.ERRORS)) {
            assertThat(actions).as("an operation to receive " + topic).containsEntry(topic, "receive");
        }

        Set<String> replies =
                strings(schema("CommandReply").get("properties").get("command").get("enum"));
        assertThat(replies).containsAll(Arrays.asList(LiveCommands.COMMANDS)).contains("hide-answer");
        assertThat(replies).hasSize(LiveCommands.COMMANDS.length + 1);
    }

    @Test
    void everyRefusalAndLimitIsStated() throws IllegalAccessException {
        Set<String> refusals = new TreeSet<>();
        for (Field field : LiveErrors.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                refusals.add((String) field.get(null));
            }
        }
        JsonNode refusal = DOCUMENT.get("components").get("messages").get("refusal");
        assertThat(strings(
                        refusal.get("headers").get("properties").get("message").get("enum")))
                .isEqualTo(refusals);

        String description = DOCUMENT.get("info").get("description").asString();
        assertThat(description)
                .contains("at most " + properties.maxFrame().toKilobytes() + " KB")
                .contains(properties.maxBurst() + " frames at once")
                .contains(properties.maxFramesPerSecond() + " frames per second")
                .contains("`heart-beat:" + properties.heartBeat().toMillis() + ","
                        + properties.heartBeat().toMillis() / 2 + "`")
                .contains("max(cy, " + properties.heartBeat().toSeconds() + " s)")
                .contains("`" + ReadTokenInterceptor.HEADER + "`");
        refusals.forEach(reason -> assertThat(description).contains("`" + reason + "`"));
    }

    @Test
    void theEnumerationsAreTheAppsOwn() {
        assertThat(strings(schema("SupportKind").get("enum")))
                .isEqualTo(values(Stream.of(SupportKind.values()).map(SupportKind::fileValue)));
        assertThat(strings(schema("PictureChoice").get("enum")))
                .isEqualTo(values(Stream.of(PictureChoice.values()).map(PictureChoice::fileValue)));
        assertThat(strings(schema("CardShown").get("properties").get("kind").get("enum")))
                .isEqualTo(values(Stream.of(CardKind.values()).map(CardKind::fileValue)));
        assertThat(strings(schema("Topic").get("properties").get("topic").get("enum")))
                .isEqualTo(values(
                        Stream.of(Topic.values()).map(topic -> topic.name().toLowerCase(java.util.Locale.ROOT))));
        assertThat(strings(schema("MeetingSnapshot")
                        .get("properties")
                        .get("format")
                        .get("enum")))
                .containsExactly(String.valueOf(MeetingSnapshot.FORMAT));
    }

    @Test
    void everyChannelHasOneExampleThatFitsItsSchema() {
        List<String> problems = new ArrayList<>();
        DOCUMENT.get("channels").properties().forEach(channel -> {
            List<JsonNode> examples = new ArrayList<>();
            channel.getValue().get("messages").values().forEach(message -> {
                JsonNode resolved = resolve(message);
                resolved.get("examples").values().forEach(example -> {
                    examples.add(example);
                    if (example.has("payload")) {
                        validate(example.get("payload"), resolved.get("payload"), channel.getKey(), problems);
                    }
                    if (example.has("headers")) {
                        validate(example.get("headers"), resolved.get("headers"), channel.getKey(), problems);
                    }
                });
            });
            if (examples.size() != 1) {
                problems.add(channel.getKey() + ": " + examples.size() + " examples instead of one");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theAppReadsEachExampleAsItWouldARealMessage() {
        PAYLOADS.forEach((name, type) -> {
            JsonNode example = DOCUMENT.get("components")
                    .get("messages")
                    .get(name)
                    .get("examples")
                    .get(0)
                    .get("payload");
            Message<byte[]> received = MessageBuilder.withPayload(
                            example.toString().getBytes(StandardCharsets.UTF_8))
                    .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
                    .build();
            Object read = converter.fromMessage(received, type);
            assertThat(read).as(name).isInstanceOf(type);

            Message<?> written = converter.toMessage(read, null);
            JsonNode again = JsonMapper.builder().build().readTree((byte[]) written.getPayload());
            if (type == Draw.class) {
                assertThat(again.get("theme")).isEqualTo(example.get("theme"));
            } else {
                assertThat(again)
                        .as(name + " written back as the app writes it")
                        .isEqualTo(example);
            }
        });
    }

    @Test
    void theAppServesTheDocumentToAnyone() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + LiveApiDocument.PATH))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.body()).isEqualTo(LiveApiDocument.read());
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for a visitor who reads the document")
                .isEmpty();

        HttpResponse<Void> fromAViewer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + LiveApiDocument.PATH))
                                .header("Origin", "https://viewer.example")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(fromAViewer.headers().firstValue("Access-Control-Allow-Origin"))
                .as("an AsyncAPI viewer on another site may read it")
                .hasValue("*");
    }

    // The document, read as a JSON tree.

    private static JsonNode load() {
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(LiveApiDocument.read(), StandardCharsets.UTF_8));
        return JsonMapper.builder().build().valueToTree(yaml);
    }

    private static JsonNode schema(String name) {
        return DOCUMENT.get("components").get("schemas").get(name);
    }

    /** Follows local references ({@code #/components/...}). */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asString();
            assertThat(ref).startsWith("#/");
            current = DOCUMENT.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("the reference " + ref).isFalse();
        }
        return current;
    }

    private static String address(JsonNode channelRef) {
        JsonNode address = resolve(channelRef).get("address");
        return address.isNull() ? null : address.asString();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.values().forEach(value -> values.add(value.isString() ? value.asString() : value.toString()));
        return values;
    }

    private static Set<String> values(Stream<String> values) {
        return values.collect(Collectors.toCollection(TreeSet::new));
    }

    /** The schema types a property allows, and whether null is one of them. */
    private record Allowed(JsonNode schema, Set<String> types, boolean nullable) {

        static Allowed of(JsonNode property) {
            JsonNode schema = resolve(property);
            boolean nullable = false;
            if (schema.has("oneOf")) {
                JsonNode other = null;
                for (JsonNode branch : schema.get("oneOf").values()) {
                    JsonNode resolved = resolve(branch);
                    if (resolved.path("type").isString()
                            && resolved.get("type").asString().equals("null")) {
                        nullable = true;
                    } else {
                        other = resolved;
                    }
                }
                schema = other;
            }
            Set<String> types = new LinkedHashSet<>();
            JsonNode type = schema == null ? null : schema.get("type");
            if (type != null && type.isArray()) {
                type.values().forEach(one -> types.add(one.asString()));
            } else if (type != null) {
                types.add(type.asString());
            }
            nullable |= types.remove("null");
            return new Allowed(schema, types, nullable);
        }
    }

    // The code's records against the document's schemas, both ways.

    private static void compareRecord(
            Class<?> type, JsonNode schema, String where, boolean allRequired, List<String> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> fields = new LinkedHashSet<>();
        Arrays.stream(components).forEach(component -> fields.add(component.getName()));
        Set<String> documented = new LinkedHashSet<>(schema.path("properties").propertyNames());
        for (String field : fields) {
            if (!documented.contains(field)) {
                problems.add(where + "." + field + " is not in the document");
            }
        }
        for (String property : documented) {
            if (!fields.contains(property)) {
                problems.add(where + "." + property + " is in the document but not in " + type.getName());
            }
        }
        if (!schema.path("additionalProperties").isBoolean()
                || schema.get("additionalProperties").asBoolean()) {
            problems.add(where + ": the schema must say additionalProperties: false");
        }
        Set<String> required = new HashSet<>(strings(schema.path("required")));
        if (allRequired && !required.equals(fields)) {
            problems.add(where + ": every field is always written, so all must be required; required: " + required);
        }
        for (RecordComponent component : components) {
            JsonNode property = schema.path("properties").get(component.getName());
            if (property != null && !property.has("description") && !property.has("$ref")) {
                problems.add(where + "." + component.getName() + " has no description");
            }
            if (property != null) {
                compareType(component.getGenericType(), property, where + "." + component.getName(), problems);
            }
        }
    }

    private static void compareType(Type type, JsonNode property, String where, List<String> problems) {
        Allowed allowed = Allowed.of(property);
        if (type instanceof Class<?> plain && plain.isPrimitive() && allowed.nullable()) {
            problems.add(where + " is never null in the code (" + plain + ") but may be null in the document");
        }
        String expected = schemaType(type);
        if (expected == null) {
            problems.add(where + ": the test does not know the type " + type);
            return;
        }
        if (!allowed.types().equals(Set.of(expected))) {
            problems.add(where + " is " + expected + " in the code but " + allowed.types() + " in the document");
            return;
        }
        if (type instanceof Class<?> plain && plain.isRecord()) {
            compareRecord(plain, allowed.schema(), where, true, problems);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            compareType(generic.getActualTypeArguments()[0], allowed.schema().get("items"), where + "[]", problems);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            if (generic.getActualTypeArguments()[0] != String.class) {
                problems.add(where + ": a map's keys must be text");
            }
            JsonNode values = allowed.schema().get("additionalProperties");
            if (values == null || !values.isObject()) {
                problems.add(where + ": a map needs additionalProperties with the values' schema");
            } else {
                compareType(generic.getActualTypeArguments()[1], values, where + "{}", problems);
            }
        }
    }

    private static String schemaType(Type type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type instanceof Class<?> plain && plain.isRecord()) {
            return "object";
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return "array";
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return "object";
        }
        return null;
    }

    // A small JSON Schema check, enough for the document's own schemas.

    private static void validate(JsonNode value, JsonNode schemaOrRef, String where, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("oneOf")) {
            int fitting = 0;
            List<String> why = new ArrayList<>();
            for (JsonNode branch : schema.get("oneOf").values()) {
                List<String> own = new ArrayList<>();
                validate(value, branch, where, own);
                if (own.isEmpty()) {
                    fitting++;
                }
                why.addAll(own);
            }
            if (fitting != 1) {
                problems.add(where + ": fits " + fitting + " of oneOf, not one " + why);
            }
            return;
        }
        if (schema.has("type")) {
            Set<String> types = new HashSet<>();
            JsonNode type = schema.get("type");
            if (type.isArray()) {
                type.values().forEach(one -> types.add(one.asString()));
            } else {
                types.add(type.asString());
            }
            if (!types.contains(typeOf(value))) {
                problems.add(where + ": " + typeOf(value) + " where " + types + " belongs");
                return;
            }
        }
        if (schema.has("enum") && !value.isNull()) {
            Set<String> allowed = strings(schema.get("enum"));
            String actual = value.isString() ? value.asString() : value.toString();
            if (!allowed.contains(actual)) {
                problems.add(where + ": " + actual + " is none of " + allowed);
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (String required : strings(schema.path("required"))) {
                if (!value.has(required)) {
                    problems.add(where + ": " + required + " is missing");
                }
            }
            if (schema.has("maxProperties")
                    && value.size() > schema.get("maxProperties").asInt()) {
                problems.add(where + ": more than " + schema.get("maxProperties") + " properties");
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String name = field.getKey();
                if (schema.has("propertyNames")) {
                    validate(new StringNode(name), schema.get("propertyNames"), where + "{" + name + "}", problems);
                }
                if (properties.has(name)) {
                    validate(field.getValue(), properties.get(name), where + "." + name, problems);
                } else if (schema.path("additionalProperties").isObject()) {
                    validate(field.getValue(), schema.get("additionalProperties"), where + "." + name, problems);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(where + ": " + name + " is not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int index = 0;
            for (JsonNode item : value.values()) {
                validate(item, schema.get("items"), where + "[" + index++ + "]", problems);
            }
        }
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return "object";
    }
}
