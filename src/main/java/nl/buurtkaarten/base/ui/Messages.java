package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.buurtkaarten.base.UserFacingException;

/** Shows refusals and confirmations as short notifications in the user's language. */
public final class Messages {

    private Messages() {}

    public static String text(Component context, UserFacingException refusal) {
        return context.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    public static void refused(Component context, UserFacingException refusal) {
        Notification notification = Notification.show(text(context, refusal), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void done(Component context, String key, Object... arguments) {
        // At the bottom, so that it never covers the card or the header on a phone.
        Notification notification = Notification.show(context.getTranslation(key, arguments), 2500,
                Notification.Position.BOTTOM_CENTER);
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
