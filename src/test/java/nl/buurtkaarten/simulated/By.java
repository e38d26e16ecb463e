package nl.buurtkaarten.simulated;

import java.util.Objects;
import java.util.function.Predicate;

/** Ways to find an element on a simulated phone's screen; combine them with {@link #and}. */
public final class By implements Predicate<Element> {

    private final Predicate<Element> test;
    private final String description;

    private By(Predicate<Element> test, String description) {
        this.test = test;
        this.description = description;
    }

    /** An element with this CSS class name, such as {@code bk-send}. */
    public static By className(String className) {
        return new By(element -> element.hasClassName(className), "." + className);
    }

    /** An element with this tag, such as {@code vaadin-text-area}. */
    public static By tag(String tag) {
        return new By(element -> tag.equals(element.tag()), tag);
    }

    /** An element whose text content, without surrounding white space, is exactly this. */
    public static By text(String text) {
        return new By(element -> element.text().strip().equals(text), "text=\"" + text + "\"");
    }

    public static By textContaining(String part) {
        return new By(element -> element.text().contains(part), "text~=\"" + part + "\"");
    }

    public static By attribute(String name, String value) {
        return new By(element -> Objects.equals(element.attribute(name), value), "[" + name + "=\"" + value + "\"]");
    }

    public static By property(String name, Object value) {
        return new By(element -> Objects.equals(element.property(name), value), "{" + name + "=" + value + "}");
    }

    @Override
    public By and(Predicate<? super Element> other) {
        return new By(test.and(other), description + " and " + other);
    }

    @Override
    public boolean test(Element element) {
        return test.test(element);
    }

    @Override
    public String toString() {
        return description;
    }
}
