package nl.buurtkaarten.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Picks up changed, added and removed deck files without a restart. Looks at the files' sizes and
 * modification times twice a second: cheap for a few hundred files, and unlike file-system events
 * it also works on network drives and for editors that replace files instead of writing them.
 */
@Component
class DeckWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeckWatcher.class);

    private final DeckCatalog catalog;
    private final Path cardsDir;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;
    private volatile String fingerprint;

    DeckWatcher(
            DeckCatalog catalog,
            BuurtkaartenProperties properties,
            @Value("${buurtkaarten.cards-poll-millis:500}") long intervalMillis) {
        this.catalog = catalog;
        this.cardsDir = properties.cardsDir();
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void start() {
        fingerprint = fingerprint();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deck-watcher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            String now = fingerprint();
            if (!now.equals(fingerprint)) {
                fingerprint = now;
                log.info("Card files changed; reading the decks again");
                catalog.reload();
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for changed card files", e);
        }
    }

    /** Every file's path, size and modification time, in a stable order. */
    private String fingerprint() {
        if (!Files.isDirectory(cardsDir)) {
            return "";
        }
        StringBuilder result = new StringBuilder();
        try (Stream<Path> files = Files.walk(cardsDir, 3)) {
            files.sorted().forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    result.append(file)
                            .append('|')
                            .append(attributes.size())
                            .append('|')
                            .append(attributes.lastModifiedTime().toMillis())
                            .append('\n');
                } catch (IOException e) {
                    result.append(file).append("|gone\n");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
        return result.toString();
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
