package nl.buurtkaarten.cards;

import java.util.Optional;

/** Recognises the picture formats a card may use by their first bytes, not by the file name. */
public final class ImageTypes {

    private ImageTypes() {}

    /** The MIME type of a PNG, JPEG, GIF or WebP picture; empty for anything else (SVG too: it can hold scripts). */
    public static Optional<String> of(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (bytes.length >= 12
                && starts(bytes, 'R', 'I', 'F', 'F')
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
