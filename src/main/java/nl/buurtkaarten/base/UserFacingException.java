package nl.buurtkaarten.base;

import java.util.Arrays;

/**
 * A refusal that the user should read: carries a message-bundle key (and its arguments) rather
 * than text, so that each view shows it in its user's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
