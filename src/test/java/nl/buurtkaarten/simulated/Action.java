package nl.buurtkaarten.simulated;

import java.util.Map;

/**
 * Something a parent does on a phone, as the browser reports it to the server: a DOM event on an
 * element, or a new value of a property that the server synchronizes (a field's value). Several
 * actions sent together go in one UIDL request, as the browser batches what happens in one turn.
 */
public final class Action {

    enum Kind {
        EVENT,
        PROPERTY
    }

    final Element element;
    final Kind kind;
    final String name;
    final Object value;
    final Map<String, Object> data;

    private Action(Element element, Kind kind, String name, Object value, Map<String, Object> data) {
        this.element = element;
        this.kind = kind;
        this.name = name;
        this.value = value;
        this.data = data;
    }

    /** A tap on the element (its {@code click} listener), as a single click with the main button. */
    public static Action click(Element element) {
        return event(element, "click", Map.of());
    }

    /**
     * A DOM event the server listens for; {@code data} gives the values of the event expressions
     * the server asked for (such as {@code event.key}); others get a plain default (see {@link Phone}).
     */
    public static Action event(Element element, String type, Map<String, Object> data) {
        return new Action(element, Kind.EVENT, type, null, Map.copyOf(data));
    }

    /** Types a field's whole value: the property {@code value}, and the events the field reports it with. */
    public static Action type(Element field, String text) {
        return setProperty(field, "value", text);
    }

    /**
     * Changes a property of the element on the phone and sends it as the browser would: the new
     * value ({@code mSync}) followed by each event whose listener synchronizes that property (a
     * text area with eager value change mode reports {@code input}, a text field {@code change}).
     */
    public static Action setProperty(Element element, String property, Object value) {
        return new Action(element, Kind.PROPERTY, property, value, Map.of());
    }

    @Override
    public String toString() {
        return kind == Kind.EVENT ? name + " on " + element : name + "=" + value + " on " + element;
    }
}
