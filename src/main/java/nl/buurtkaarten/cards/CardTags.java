package nl.buurtkaarten.cards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a situation is made of, after Rumping (2023): whether neighbours step in depends on the
 * parenting style of the parent in the scene, the child's behaviour and the place. Each part is
 * optional; a card of the deck about other people's children names all three. The facilitator sees
 * them and can filter on them; parents never see them. Labels: {@code tag.<dimension>.<value>}.
 *
 * @param style the style of the parent (or other carer) in the scene; null when not named
 * @param behaviour what the child does; null when not named
 * @param place where it happens; null when not named
 */
public record CardTags(Style style, Behaviour behaviour, Place place) {

    /** A card without tags. */
    public static final CardTags NONE = new CardTags(null, null, null);

    /** The field names in a deck file, in the order they are written. */
    public static final List<String> DIMENSIONS = List.of("style", "behaviour", "place");

    public boolean isEmpty() {
        return style == null && behaviour == null && place == null;
    }

    /** All three parts are named. */
    public boolean isComplete() {
        return style != null && behaviour != null && place != null;
    }

    /** The named parts, in the order style, behaviour, place. */
    public List<Tag> named() {
        return Stream.<Tag>of(style, behaviour, place).filter(Objects::nonNull).toList();
    }

    /** One value of one dimension. */
    public sealed interface Tag permits Style, Behaviour, Place {

        /** The spelling used in deck files. */
        String fileValue();

        /** "style", "behaviour" or "place". */
        String dimension();

        /** The message-bundle key of its label, such as {@code tag.style.lax}. */
        default String labelKey() {
            return "tag." + dimension() + "." + fileValue();
        }
    }

    /** The parenting style of the parent, or other carer, in the scene. */
    public enum Style implements Tag {
        /** Warm and calm: pays attention, comforts, sets limits kindly. */
        WARM,
        /** Lets a lot go: sees it, does little. */
        LAX,
        /** Strict: firm rules, little room. */
        STRICT,
        /** Harsh: shouts, pulls, is rough. */
        HARSH,
        /** No parent or carer is around. */
        ABSENT,
        /** You are the parent: another adult reacts to your child. */
        SELF,
        /** You cannot tell. */
        UNKNOWN;

        @Override
        public String fileValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String dimension() {
            return "style";
        }

        public static Optional<Style> fromFileValue(String value) {
            return Arrays.stream(values())
                    .filter(v -> v.fileValue().equals(value))
                    .findFirst();
        }
    }

    /** What the child does. */
    public enum Behaviour implements Tag {
        PLAYING,
        CRYING,
        TANTRUM,
        FIGHTING,
        TEASING,
        RUDE,
        RISKY,
        DAMAGE,
        NOISE,
        ALONE;

        @Override
        public String fileValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String dimension() {
            return "behaviour";
        }

        public static Optional<Behaviour> fromFileValue(String value) {
            return Arrays.stream(values())
                    .filter(v -> v.fileValue().equals(value))
                    .findFirst();
        }
    }

    /** Where it happens. */
    public enum Place implements Tag {
        PLAYGROUND("playground"),
        STREET("street"),
        SCHOOL_GATE("school-gate"),
        SHOP("shop"),
        TRANSPORT("transport"),
        HOME("home"),
        BUILDING("building"),
        SPORTS_CLUB("sports-club"),
        COMMUNITY("community");

        private final String fileValue;

        Place(String fileValue) {
            this.fileValue = fileValue;
        }

        @Override
        public String fileValue() {
            return fileValue;
        }

        @Override
        public String dimension() {
            return "place";
        }

        public static Optional<Place> fromFileValue(String value) {
            return Arrays.stream(values())
                    .filter(v -> v.fileValue().equals(value))
                    .findFirst();
        }
    }

    /** Every value of one dimension, in file order; empty for an unknown dimension. */
    public static List<? extends Tag> values(String dimension) {
        return switch (dimension) {
            case "style" -> List.of(Style.values());
            case "behaviour" -> List.of(Behaviour.values());
            case "place" -> List.of(Place.values());
            default -> List.of();
        };
    }
}
