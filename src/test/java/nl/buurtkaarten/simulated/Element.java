package nl.buurtkaarten.simulated;

import com.vaadin.flow.internal.nodefeature.NodeFeatures;
import com.vaadin.flow.internal.nodefeature.NodeProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An element on a simulated phone's screen: a live view of one node of its state tree. Every
 * method reads the phone's current state (under the phone's lock), so a test may read while pushes
 * arrive. Text is the element's text content, as a browser's {@code textContent}.
 */
public final class Element {

    private final Phone phone;
    private final StateNode node;

    Element(Phone phone, StateNode node) {
        this.phone = phone;
        this.node = node;
    }

    Phone phone() {
        return phone;
    }

    StateNode node() {
        return node;
    }

    public int nodeId() {
        return node.id;
    }

    /** The HTML tag, such as {@code vaadin-button}, {@code p} or {@code body}. */
    public String tag() {
        synchronized (phone) {
            return (String) node.get(NodeFeatures.ELEMENT_DATA, NodeProperties.TAG);
        }
    }

    public List<String> classNames() {
        synchronized (phone) {
            return node.listOrEmpty(NodeFeatures.CLASS_LIST).stream()
                    .map(String::valueOf)
                    .toList();
        }
    }

    public boolean hasClassName(String className) {
        synchronized (phone) {
            return node.listOrEmpty(NodeFeatures.CLASS_LIST).contains(className);
        }
    }

    /** The text content of the element and everything in it. */
    public String text() {
        synchronized (phone) {
            StringBuilder text = new StringBuilder();
            appendText(node, text);
            return text.toString();
        }
    }

    private static void appendText(StateNode node, StringBuilder text) {
        if (node.has(NodeFeatures.TEXT_NODE, NodeProperties.TEXT)) {
            text.append(Objects.toString(node.get(NodeFeatures.TEXT_NODE, NodeProperties.TEXT), ""));
            return;
        }
        for (Object child : node.listOrEmpty(NodeFeatures.ELEMENT_CHILDREN)) {
            if (child instanceof StateNode childNode) {
                appendText(childNode, text);
            }
        }
    }

    /** A property as the server set it or the phone typed it (such as a field's {@code value}), or null. */
    public Object property(String name) {
        synchronized (phone) {
            return node.get(NodeFeatures.ELEMENT_PROPERTIES, name);
        }
    }

    /** A property as text; empty when it is not set. */
    public String stringProperty(String name) {
        Object value = property(name);
        return value == null ? "" : String.valueOf(value);
    }

    public String attribute(String name) {
        synchronized (phone) {
            Object value = node.get(NodeFeatures.ELEMENT_ATTRIBUTES, name);
            return value == null ? null : String.valueOf(value);
        }
    }

    /** Whether the server listens for this DOM event on the element (such as {@code click}). */
    public boolean listensTo(String event) {
        synchronized (phone) {
            return node.has(NodeFeatures.ELEMENT_LISTENERS, event);
        }
    }

    /** Still in the UI and shown: neither it nor any of its parents is hidden. */
    public boolean isVisible() {
        synchronized (phone) {
            for (StateNode at = node; at != null; at = at.parent) {
                if (at.detached || Boolean.FALSE.equals(at.get(NodeFeatures.ELEMENT_DATA, NodeProperties.VISIBLE))) {
                    return false;
                }
                if (at.id == StateTree.ROOT) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A component the server disabled: Vaadin sets the {@code disabled} attribute. */
    public boolean isEnabled() {
        synchronized (phone) {
            return !node.has(NodeFeatures.ELEMENT_ATTRIBUTES, "disabled");
        }
    }

    /** The visible elements inside this one that match, in document order. */
    public List<Element> findAll(Predicate<Element> condition) {
        synchronized (phone) {
            List<Element> found = new ArrayList<>();
            collect(node, condition, found, false);
            return found;
        }
    }

    void collect(StateNode from, Predicate<Element> condition, List<Element> found, boolean includeSelf) {
        if (from.detached || Boolean.FALSE.equals(from.get(NodeFeatures.ELEMENT_DATA, NodeProperties.VISIBLE))) {
            return;
        }
        if (includeSelf && from.has(NodeFeatures.ELEMENT_DATA, NodeProperties.TAG)) {
            Element element = from == node ? this : new Element(phone, from);
            if (condition.test(element)) {
                found.add(element);
            }
        }
        for (int feature : new int[] {NodeFeatures.ELEMENT_CHILDREN, NodeFeatures.VIRTUAL_CHILDREN}) {
            for (Object child : from.listOrEmpty(feature)) {
                if (child instanceof StateNode childNode) {
                    collect(childNode, condition, found, true);
                }
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Element element && element.phone == phone && element.node == node;
    }

    @Override
    public int hashCode() {
        return node.id;
    }

    @Override
    public String toString() {
        synchronized (phone) {
            String classes = classNames().isEmpty() ? "" : " class=\"" + String.join(" ", classNames()) + "\"";
            String text = text().strip();
            if (text.length() > 60) {
                text = text.substring(0, 57) + "...";
            }
            return "<" + tag() + classes + "> node " + node.id + (text.isEmpty() ? "" : " \"" + text + "\"");
        }
    }
}
