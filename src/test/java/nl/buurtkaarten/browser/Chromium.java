package nl.buurtkaarten.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's headless Chromium, driven by Playwright. Never downloads a browser: without Chromium
 * the browser tests fail and say how to install it.
 */
final class Chromium implements AutoCloseable {

    static final String INSTALL_LINE = "apt-get update && apt-get install -y chromium";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> blocked = new CopyOnWriteArrayList<>();
    private final List<String> elsewhere = new CopyOnWriteArrayList<>();

    Chromium() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            fail("The browser tests need Debian's Chromium at " + executable + ". Install it with: " + INSTALL_LINE);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A projector-sized browser window of its own (one person, one set of cookies). */
    Page projector() {
        return page(1920, 1080);
    }

    /** A phone-sized browser of its own. */
    Page phone() {
        return page(390, 844);
    }

    Page page(int width, int height) {
        return page(width, height, "nl-NL");
    }

    /** A browser of its own whose language (Accept-Language) is {@code locale}, such as "ar" or "tr-TR". */
    Page page(int width, int height, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setAcceptDownloads(true)
                .setLocale(locale));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.onRequest(request -> {
            String url = request.url();
            if (!url.startsWith("http://localhost:")
                    && !url.startsWith("ws://localhost:")
                    && !url.startsWith("data:")
                    && !url.startsWith("blob:")) {
                elsewhere.add(url);
            }
        });
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        return page;
    }

    /**
     * Reloads as a person would who presses reload again when the first press did nothing. After a
     * restart of the app the page may be reloading itself at the same moment; Chromium then answers
     * "Not attached to an active page" and the second press lands.
     */
    static void reload(Page page) {
        for (int attempt = 1; ; attempt++) {
            try {
                page.reload();
                return;
            } catch (PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                page.waitForTimeout(500);
            }
        }
    }

    /** What the Content-Security-Policy blocked in any page of this browser: should stay empty. */
    List<String> blockedByContentSecurityPolicy() {
        return List.copyOf(blocked);
    }

    /** Every request any page made to another origin than the app: should stay empty. */
    List<String> requestsElsewhere() {
        return List.copyOf(elsewhere);
    }

    /**
     * Waits until every picture {@code selector} finds is drawn: the phone's icons show a symbol of the app's sprite
     * ({@code base.ui.PhoneIcon}), which the browser fetches; drawn, the picture has a size.
     */
    static void awaitPicturesDrawn(Page page, String selector) {
        page.waitForFunction("""
                selector => {
                  const icons = [...document.querySelectorAll(selector)];
                  return icons.length > 0 && icons.every(icon => {
                    const use = icon.shadowRoot && icon.shadowRoot.querySelector('use');
                    try { return !!use && use.getBBox().width > 0 && use.getBBox().height > 0; } catch (e) { return false; }
                  });
                }""", selector);
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
