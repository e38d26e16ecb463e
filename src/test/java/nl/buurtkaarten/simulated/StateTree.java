package nl.buurtkaarten.simulated;

import com.vaadin.flow.internal.nodefeature.NodeFeatures;
import com.vaadin.flow.shared.JsonConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of Vaadin's state tree, kept up to date from the {@code changes} of each UIDL
 * message as Flow's {@code TreeChangeProcessor} does: first every {@code attach} of the message,
 * then the other changes in order. Not thread-safe: the owning {@link Phone} guards it.
 */
final class StateTree {

    /** The UI's node; Flow's client creates it before the first message, which never attaches it. */
    static final int ROOT = 1;

    /** The one shape of {@code execute} this client acts on: a component setting one of its own properties. */
    private static final Pattern OWN_PROPERTY = Pattern.compile("this\\.(\\w+)\\s*=\\s*\\$(\\d+)");

    private static final Pattern APPLIED_TO = Pattern.compile("\\.apply\\(\\$(\\d+)\\)");

    private final Map<Integer, StateNode> nodes = new HashMap<>();

    StateTree() {
        nodes.put(ROOT, new StateNode(ROOT));
    }

    StateNode root() {
        return nodes.get(ROOT);
    }

    StateNode node(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            if (JsonConstants.CHANGE_TYPE_ATTACH.equals(
                    change.path(JsonConstants.CHANGE_TYPE).asString())) {
                int id = change.path(JsonConstants.CHANGE_NODE).asInt();
                if (id != ROOT) {
                    nodes.put(id, new StateNode(id));
                }
            }
        }
        for (JsonNode change : changes) {
            String type = change.path(JsonConstants.CHANGE_TYPE).asString();
            if (JsonConstants.CHANGE_TYPE_ATTACH.equals(type)) {
                continue;
            }
            int id = change.path(JsonConstants.CHANGE_NODE).asInt();
            StateNode node = nodes.get(id);
            if (node == null) {
                throw new IllegalStateException("The server changed node " + id + ", which is not attached: " + change);
            }
            int feature = change.path(JsonConstants.CHANGE_FEATURE).asInt();
            switch (type) {
                case JsonConstants.CHANGE_TYPE_NOOP -> {
                    if (change.path(JsonConstants.CHANGE_FEATURE_TYPE).asBoolean()) {
                        node.list(feature);
                    } else {
                        node.map(feature);
                    }
                }
                case JsonConstants.CHANGE_TYPE_PUT -> put(node, feature, change);
                case JsonConstants.CHANGE_TYPE_REMOVE ->
                    node.map(feature)
                            .remove(change.path(JsonConstants.CHANGE_MAP_KEY).asString());
                case JsonConstants.CHANGE_TYPE_SPLICE -> splice(node, feature, change);
                case JsonConstants.CHANGE_TYPE_CLEAR -> {
                    List<Object> list = node.list(feature);
                    list.forEach(item -> release(node, item));
                    list.clear();
                }
                case JsonConstants.CHANGE_TYPE_DETACH -> {
                    nodes.remove(id);
                    node.detached = true;
                    node.parent = null;
                }
                default -> throw new IllegalStateException("Unknown change type " + type + ": " + change);
            }
        }
    }

    private void put(StateNode node, int feature, JsonNode change) {
        String key = change.path(JsonConstants.CHANGE_MAP_KEY).asString();
        if (change.has(JsonConstants.CHANGE_PUT_VALUE)) {
            node.map(feature).put(key, decode(change.get(JsonConstants.CHANGE_PUT_VALUE)));
        } else if (change.has(JsonConstants.CHANGE_PUT_NODE_VALUE)) {
            StateNode child =
                    existing(change.get(JsonConstants.CHANGE_PUT_NODE_VALUE).asInt(), change);
            child.parent = node;
            node.map(feature).put(key, child);
        } else {
            throw new IllegalStateException("A put without value or nodeValue: " + change);
        }
    }

    private void splice(StateNode node, int feature, JsonNode change) {
        List<Object> list = node.list(feature);
        int index = change.path(JsonConstants.CHANGE_SPLICE_INDEX).asInt();
        int remove = change.path(JsonConstants.CHANGE_SPLICE_REMOVE).asInt(0);
        for (int i = 0; i < remove; i++) {
            release(node, list.remove(index));
        }
        List<Object> added = new ArrayList<>();
        if (change.has(JsonConstants.CHANGE_SPLICE_ADD)) {
            change.get(JsonConstants.CHANGE_SPLICE_ADD).forEach(value -> added.add(decode(value)));
        } else if (change.has(JsonConstants.CHANGE_SPLICE_ADD_NODES)) {
            for (JsonNode childId : change.get(JsonConstants.CHANGE_SPLICE_ADD_NODES)) {
                StateNode child = existing(childId.asInt(), change);
                child.parent = node;
                added.add(child);
            }
        }
        list.addAll(index, added);
    }

    private static void release(StateNode from, Object item) {
        if (item instanceof StateNode child && child.parent == from) {
            child.parent = null;
        }
    }

    private StateNode existing(int id, JsonNode change) {
        StateNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("The server referred to node " + id + ", which is not attached: " + change);
        }
        return node;
    }

    /**
     * Acts on the {@code execute} part of a message as far as it changes what the phone shows: a
     * script of the form {@code this.invalid = $0} applied to a node (as Vaadin's fields set
     * {@code invalid}) sets that property. Any other script is left alone: this client runs no
     * JavaScript.
     */
    void execute(JsonNode commands) {
        for (JsonNode command : commands) {
            int last = command.size() - 1;
            if (last < 0) {
                continue;
            }
            String script = command.get(last).asString("");
            Matcher target = APPLIED_TO.matcher(script);
            if (!target.find()) {
                continue;
            }
            StateNode node = parameterNode(command, Integer.parseInt(target.group(1)), last);
            if (node == null) {
                continue;
            }
            Matcher assignment = OWN_PROPERTY.matcher(script);
            while (assignment.find()) {
                int parameter = Integer.parseInt(assignment.group(2));
                if (parameter < last) {
                    node.map(NodeFeatures.ELEMENT_PROPERTIES).put(assignment.group(1), decode(command.get(parameter)));
                }
            }
        }
    }

    private StateNode parameterNode(JsonNode command, int parameter, int last) {
        if (parameter >= last) {
            return null;
        }
        JsonNode value = command.get(parameter);
        return value.has("@v-node") ? nodes.get(value.get("@v-node").asInt()) : null;
    }

    /** As Flow's {@code ClientJsonCodec.decodeWithoutTypeInfo}: primitives to Java, the rest stays JSON. */
    static Object decode(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value;
    }
}
