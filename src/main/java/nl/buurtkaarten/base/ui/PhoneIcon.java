package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The pictures of the parents' pages, drawn from one small SVG sprite ({@value #FILE}) instead of
 * Vaadin's icon set: a component that creates a {@code VaadinIcon} puts all 600 icons (about 56 KB
 * on the wire) on the phone's first load, because Vaadin's {@code Icon} brings the whole set with
 * it. The sprite holds the same pictures, copied from {@code @vaadin/icons}; each constant is named
 * like the {@code VaadinIcon} it replaces, and its symbol like that icon's Vaadin name. Facilitators'
 * pages may keep {@code VaadinIcon}; no class the parents' pages use may (checked by a test).
 *
 * <p>The sprite's address carries a hash of its content ({@code ?v=...}), so a phone may keep it for
 * good ({@code base.VersionedIcons}); a new sprite has a new address.
 */
public enum PhoneIcon {
    ADJUST,
    ANCHOR,
    ARROW_FORWARD,
    BELL,
    BOAT,
    BUS,
    CAR,
    CART,
    CHECK,
    CHECK_CIRCLE,
    CHILD,
    COFFEE,
    COMMENTS,
    CUTLERY,
    ELLIPSIS_CIRCLE,
    FAMILY,
    FILE_TEXT,
    GIFT,
    GLOBE,
    GROUP,
    HAND,
    HANDSHAKE,
    HEART,
    LIGHTBULB,
    MINUS_CIRCLE_O,
    MOON,
    MOON_O,
    MUSIC,
    OPEN_BOOK,
    PICTURE,
    QUESTION_CIRCLE_O,
    ROCKET,
    STAR,
    SUN_O,
    SUN_RISE,
    THUMBS_DOWN,
    THUMBS_UP,
    TOOLS,
    UMBRELLA,
    USERS,
    VOLUME_UP;

    /** The sprite, relative to the app's root (Vaadin's page names the root as its base). */
    public static final String FILE = "icons/phone-icons.svg";

    /** A hash of the sprite's content: part of its address, so that a changed sprite is fetched anew. */
    public static final String VERSION = version();

    /** The address the icons use: the sprite with its version. */
    public static final String SRC = FILE + "?v=" + VERSION;

    /** The symbol's id in the sprite: the icon's Vaadin name ({@code sun-o} for {@code SUN_O}). */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The class every phone icon carries: the app's styles pad it inside buttons and fields as Lumo pads Vaadin's icons. */
    public static final String CLASS_NAME = "bk-phone-icon";

    /** A new {@code <vaadin-icon>} showing this picture, sized and coloured like a Vaadin icon. */
    public SvgIcon create() {
        SvgIcon icon = new SvgIcon(SRC, symbol());
        icon.addClassName(CLASS_NAME);
        return icon;
    }

    /** Shows this picture on an icon made by {@link #create()}: only its symbol changes. */
    public void showOn(SvgIcon icon) {
        icon.setSrc(SRC, symbol());
    }

    private static String version() {
        try (InputStream sprite = PhoneIcon.class.getResourceAsStream("/META-INF/resources/" + FILE)) {
            if (sprite == null) {
                throw new IllegalStateException("The phone's icons are missing from the class path: " + FILE);
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sprite.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
