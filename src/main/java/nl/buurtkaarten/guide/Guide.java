package nl.buurtkaarten.guide;

import java.util.List;
import java.util.Optional;

/**
 * The facilitator's guide for an evening, in one language, as read from {@code cards/gids/}. For
 * facilitators only: nothing of it is ever shown on the projector or on a parent's phone.
 *
 * @param language the language code of the file, such as "nl"
 * @param intro the blocks between the title and the first section
 */
public record Guide(String language, String title, List<Block> intro, List<Section> sections) {

    /**
     * The id of the section on what to do when a parent tells of violence or abuse. Every guide
     * must have it; the facilitator's screens can link straight to it.
     */
    public static final String SAFETY = "veiligheid";

    public Guide {
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /** A part of the guide under its own heading; {@code id} is its anchor, such as "afspraken". */
    public record Section(String id, String title, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }

        public boolean isSafety() {
            return SAFETY.equals(id);
        }
    }

    /** One piece of a section. */
    public sealed interface Block permits Paragraph, Subheading, Bullets, Steps, ReadAloud {}

    public record Paragraph(String text) implements Block {}

    public record Subheading(String text) implements Block {}

    /** A list without order. */
    public record Bullets(List<String> items) implements Block {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Numbered steps, to follow in order. */
    public record Steps(List<String> items) implements Block {

        public Steps {
            items = List.copyOf(items);
        }
    }

    /** Words for the facilitator to read out to the group as they stand. */
    public record ReadAloud(String text) implements Block {}
}
