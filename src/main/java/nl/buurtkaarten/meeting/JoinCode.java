package nl.buurtkaarten.meeting;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Join codes: nine characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S,
 * 8/B, U/V), which gives 9 × log2(22) ≈ 40.1 bits, shown in groups of three for reading aloud.
 */
public final class JoinCode {

    public static final String ALPHABET = "ACDEFGHJKMNPRTWXY34679";
    public static final int LENGTH = 9;

    private JoinCode() {}

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as people read it: {@code K7Q-M3X-TP9}. */
    public static String format(String code) {
        return code.substring(0, 3) + "-" + code.substring(3, 6) + "-" + code.substring(6);
    }

    /** What a person typed, without spaces and dashes and in capitals; not yet checked. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s\\-–.]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised code could be a join code at all. */
    public static boolean isWellFormed(String normalised) {
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The strength of a code in bits. */
    public static double bits() {
        return LENGTH * (Math.log(ALPHABET.length()) / Math.log(2));
    }
}
