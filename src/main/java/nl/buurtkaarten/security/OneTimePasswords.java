package nl.buurtkaarten.security;

import java.security.SecureRandom;

/**
 * Passwords the app makes up and shows once: for the first account, and when an administrator
 * gives someone a new one. 20 characters from 54 without look-alikes (about 115 bits), in groups
 * of five so that they can be read out and typed over.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXYZ23456789";

    private OneTimePasswords() {}

    public static String generate(SecureRandom random) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                result.append('-');
            }
            result.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return result.toString();
    }
}
