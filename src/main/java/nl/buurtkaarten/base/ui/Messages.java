package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.buurtkaarten.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows refusals and confirmations as short notifications in the user's language. */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private Messages() {}

    /**
     * The user's text for a technical failure, such as the database being too busy to save in
     * time; the failure itself goes to the log (where the logging setup withholds what a database
     * error quotes). Unlike a refusal, trying again may well work.
     */
    public static String failed(Component context, RuntimeException failure, String key) {
        log.warn("Could not carry out a user's action; they are asked to try again", failure);
        return context.getTranslation(key);
    }

    public static String text(Component context, UserFacingException refusal) {
        return context.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    public static void refused(Component context, UserFacingException refusal) {
        Notification notification = Notification.show(text(context, refusal), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void done(Component context, String key, Object... arguments) {
        // At the bottom, so that it never covers the card or the header on a phone.
        Notification notification =
                Notification.show(context.getTranslation(key, arguments), 2500, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Runs a user's action and shows a refusal instead of failing. */
    public static boolean attempt(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            refused(context, refusal);
            return false;
        }
    }
}
