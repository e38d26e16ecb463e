package nl.buurtkaarten.cards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Exports a deck as a zip file and imports one. An import trusts nothing in the zip: it reads the
 * whole zip into memory under strict limits (counting the bytes it really unpacks, never the sizes
 * the zip claims), checks every name, then unpacks into a fresh hidden folder inside the cards folder,
 * validates the deck there and only then moves that folder into place in one step. A refused import
 * leaves the cards folder as it was.
 */
@Service
public class DeckArchive {

    private static final Logger log = LoggerFactory.getLogger(DeckArchive.class);

    public static final int MAX_ENTRIES = 200;
    public static final int MAX_DECK_FILE_BYTES = DeckFileReader.MAX_FILE_BYTES;
    public static final int MAX_IMAGE_BYTES = DeckFileReader.MAX_IMAGE_BYTES;
    public static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    /** Unpacked bytes per packed byte above which an entry counts as a zip bomb; text packs about 3 to 10 times. */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Small entries are not judged on their ratio: a few kB of repeated YAML may pack very well. */
    private static final int RATIO_CHECKED_FROM_BYTES = 64 * 1024;
    /** The zip reader reads ahead up to 512 bytes; counting a little more packed input never mistakes a good file for a bomb. */
    private static final int READ_AHEAD_MARGIN = 1024;
    /** The zip itself: everything stored without packing, plus room for the headers of every entry. */
    private static final long MAX_ZIP_BYTES = MAX_TOTAL_BYTES + 1024 * 1024;

    private static final int MAX_NAME_LENGTH = 255;
    private static final int MAX_DEPTH = 6;

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp");
    private static final Set<String> ARCHIVE_EXTENSIONS =
            Set.of("zip", "jar", "war", "7z", "rar", "gz", "tgz", "tar", "bz2", "xz", "zst", "cab");
    /** Files that operating systems add to zips on their own; they are skipped, never written. */
    private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");

    private static final String MAC_FOLDER = "__MACOSX";
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern UNSAFE_CHARACTER = Pattern.compile("[\\p{Cntrl}:*?\"<>|\\u2028\\u2029]");

    private final DeckCatalog catalog;

    public DeckArchive(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    // ---- export ----

    /**
     * The deck's folder as a zip: {@code <id>/deck.yaml} and the pictures, each under a folder named
     * after the deck. Hidden files, temporary files, links and anything an import would refuse are left out.
     */
    public byte[] export(String deckId) {
        Path folder = catalog.folderOf(deckId)
                .orElseThrow(() -> new UserFacingException("editor.error.deck-not-found", deckId));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            for (Path file : walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList()) {
                String relative = folder.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                if (!exportable(relative, file)) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(deckId + "/" + relative);
                entry.setLastModifiedTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UserFacingException("archive.error.export-failed", String.valueOf(e.getMessage()));
        }
        return bytes.toByteArray();
    }

    private static boolean exportable(String relative, Path file) throws IOException {
        if (relative.equals(DeckCatalog.DECK_FILE)) {
            return true;
        }
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") || !safeSegment(segment)) {
                return false;
            }
        }
        if (!IMAGE_EXTENSIONS.contains(extension(relative)) || Files.size(file) > MAX_IMAGE_BYTES) {
            return false;
        }
        return ImageTypes.of(Files.readAllBytes(file)).isPresent();
    }

    // ---- import ----

    /**
     * Adds the deck in a zip file to the cards folder, as {@code <cards>/<deck id>}. The zip holds
     * {@code deck.yaml} and pictures, at its top or in one folder.
     *
     * @param replaceExisting whether a deck with the same id may be replaced; if not, such an import is refused
     * @throws UserFacingException with a key {@code archive.error.*} naming why the zip was refused
     * @throws InvalidDeckException when the deck file in the zip does not validate
     */
    public synchronized Deck importZip(InputStream zip, boolean replaceExisting) {
        byte[] raw = readLimited(zip);
        Unpacked unpacked = unpack(raw);
        return install(unpacked, replaceExisting);
    }

    private static byte[] readLimited(InputStream in) {
        try {
            byte[] raw = in.readNBytes((int) MAX_ZIP_BYTES + 1);
            if (raw.length > MAX_ZIP_BYTES) {
                throw new UserFacingException(
                        "archive.error.too-large", String.valueOf(MAX_TOTAL_BYTES / (1024 * 1024)));
            }
            return raw;
        } catch (IOException e) {
            throw new UserFacingException("archive.error.broken-zip");
        }
    }

    /** The deck's files by their path inside the deck folder, and the deck file's name in the zip (for messages). */
    private record Unpacked(Map<String, byte[]> files, String deckFileName) {}

    private static Unpacked unpack(byte[] raw) {
        if (!startsWith(raw, 'P', 'K', 3, 4) && !startsWith(raw, 'P', 'K', 5, 6)) {
            throw new UserFacingException("archive.error.not-a-zip");
        }
        List<String> listed = CentralDirectory.names(raw);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> local = new ArrayList<>();
        long total = 0;
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(raw));
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                local.add(name);
                if (local.size() > MAX_ENTRIES) {
                    throw new UserFacingException("archive.error.too-many-files", String.valueOf(MAX_ENTRIES));
                }
                checkPath(name);
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new UserFacingException("archive.error.duplicate-file", shown(name));
                }
                boolean directory = name.endsWith("/");
                boolean skipped = directory || systemFile(name);
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (!skipped) {
                    if (ARCHIVE_EXTENSIONS.contains(extension(fileName))) {
                        throw new UserFacingException("archive.error.nested-zip", shown(name));
                    }
                    if (fileName.startsWith(".")
                            || !(fileName.equals(DeckCatalog.DECK_FILE)
                                    || IMAGE_EXTENSIONS.contains(extension(fileName)))) {
                        throw new UserFacingException("archive.error.file-not-allowed", shown(name));
                    }
                }
                int limit = fileName.equals(DeckCatalog.DECK_FILE) ? MAX_DECK_FILE_BYTES : MAX_IMAGE_BYTES;
                byte[] content = readEntry(zip, name, limit, total, counted);
                total += content.length;
                if (skipped) {
                    continue;
                }
                if (startsWith(content, 'P', 'K', 3, 4)
                        || startsWith(content, 'P', 'K', 5, 6)
                        || startsWith(content, 0x1F, 0x8B)
                        || startsWith(content, '7', 'z', 0xBC, 0xAF)
                        || startsWith(content, 'R', 'a', 'r', '!')) {
                    throw new UserFacingException("archive.error.nested-zip", shown(name));
                }
                if (!fileName.equals(DeckCatalog.DECK_FILE)
                        && ImageTypes.of(content).isEmpty()) {
                    throw new UserFacingException("archive.error.not-an-image", shown(name));
                }
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException (bad data, wrong checksum, encrypted entry), a zip cut short, or a name that is not UTF-8
            throw new UserFacingException("archive.error.broken-zip");
        }
        if (!new HashSet<>(listed).equals(new HashSet<>(local)) || listed.size() != local.size()) {
            // the table of contents at the end and the entries themselves tell different stories
            throw new UserFacingException("archive.error.broken-zip");
        }
        return deckFolder(files);
    }

    /** Reads one entry, counting what really comes out and stopping as soon as a limit is passed. */
    private static byte[] readEntry(
            ZipInputStream zip, String name, int limit, long totalBefore, CountingInputStream counted)
            throws IOException {
        long packedAtStart = counted.count();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = zip.read(buffer)) != -1) {
            content.write(buffer, 0, read);
            long unpacked = content.size();
            long packed = counted.count() - packedAtStart + READ_AHEAD_MARGIN;
            if (unpacked > RATIO_CHECKED_FROM_BYTES && unpacked > MAX_COMPRESSION_RATIO * packed) {
                throw new UserFacingException("archive.error.zip-bomb", shown(name));
            }
            if (unpacked > limit) {
                throw new UserFacingException(
                        "archive.error.file-too-large", shown(name), String.valueOf(limit / 1024));
            }
            if (totalBefore + unpacked > MAX_TOTAL_BYTES) {
                throw new UserFacingException(
                        "archive.error.too-large", String.valueOf(MAX_TOTAL_BYTES / (1024 * 1024)));
            }
        }
        return content.toByteArray();
    }

    /** Refuses names that could land outside the deck folder on any operating system. */
    private static void checkPath(String name) {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        boolean unsafe = path.isEmpty()
                || name.length() > MAX_NAME_LENGTH
                || name.contains("\\")
                || name.startsWith("/")
                || DRIVE.matcher(name).matches()
                || UNSAFE_CHARACTER.matcher(name).find();
        if (!unsafe) {
            String[] segments = path.split("/", -1);
            unsafe = segments.length > MAX_DEPTH;
            for (String segment : segments) {
                unsafe |= segment.isEmpty() || segment.equals(".") || segment.equals("..") || !safeSegment(segment);
            }
        }
        if (unsafe) {
            throw new UserFacingException("archive.error.unsafe-path", shown(name));
        }
    }

    /** No names Windows cannot hold: ending in a dot or space, or device names such as CON or NUL. */
    private static boolean safeSegment(String segment) {
        if (segment.endsWith(".")
                || segment.endsWith(" ")
                || UNSAFE_CHARACTER.matcher(segment).find()) {
            return false;
        }
        String base = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        return !base.toUpperCase(Locale.ROOT).matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
    }

    private static boolean systemFile(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith(MAC_FOLDER + "/") || SYSTEM_FILES.contains(fileName.toLowerCase(Locale.ROOT));
    }

    /** Finds the one deck file and makes every other path relative to its folder. */
    private static Unpacked deckFolder(Map<String, byte[]> entries) {
        List<String> deckFiles = entries.keySet().stream()
                .filter(name -> name.equals(DeckCatalog.DECK_FILE) || name.endsWith("/" + DeckCatalog.DECK_FILE))
                .toList();
        if (deckFiles.size() > 1) {
            throw new UserFacingException("archive.error.several-decks");
        }
        if (deckFiles.isEmpty()
                || deckFiles.getFirst().chars().filter(c -> c == '/').count() > 1) {
            throw new UserFacingException("archive.error.no-deck-file");
        }
        String deckFile = deckFiles.getFirst();
        String root = deckFile.substring(0, deckFile.length() - DeckCatalog.DECK_FILE.length());
        Map<String, byte[]> files = new LinkedHashMap<>();
        entries.forEach((name, content) -> {
            if (!name.startsWith(root)) {
                throw new UserFacingException("archive.error.outside-deck", shown(name));
            }
            files.put(name.substring(root.length()), content);
        });
        return new Unpacked(files, deckFile);
    }

    private Deck install(Unpacked unpacked, boolean replaceExisting) {
        Path cardsDir = catalog.cardsDir().toAbsolutePath().normalize();
        Path work = null;
        try {
            Files.createDirectories(cardsDir);
            // hidden, so the catalog never takes it for a deck while it is being filled
            // (not Files.createTempDirectory: its owner-only permissions would stay on the deck folder)
            work = Files.createDirectory(cardsDir.resolve(".import-" + UUID.randomUUID()));
            for (Map.Entry<String, byte[]> file : unpacked.files().entrySet()) {
                Path target = work.resolve(file.getKey()).normalize();
                if (!target.startsWith(work) || target.equals(work)) {
                    throw new UserFacingException("archive.error.unsafe-path", shown(file.getKey()));
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            DeckFileReader.Result check =
                    DeckFileReader.read(work.resolve(DeckCatalog.DECK_FILE), unpacked.deckFileName());
            if (!check.problems().isEmpty()) {
                throw new InvalidDeckException("archive.error.invalid-deck", check.problems());
            }
            Deck deck = check.deck();
            moveIntoPlace(work, cardsDir, deck.id(), replaceExisting);
            work = null;
            catalog.reload();
            return catalog.deck(deck.id()).orElse(deck);
        } catch (IOException e) {
            throw new UserFacingException("archive.error.write-failed", String.valueOf(e.getMessage()));
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    /** Moves the checked folder to {@code <cards>/<id>}; an old deck is moved aside first and removed only afterwards. */
    private void moveIntoPlace(Path work, Path cardsDir, String id, boolean replaceExisting) throws IOException {
        Path target = cardsDir.resolve(id);
        Optional<Path> loadedFrom =
                catalog.folderOf(id).map(folder -> folder.toAbsolutePath().normalize());
        boolean targetExists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if ((loadedFrom.isPresent() || targetExists) && !replaceExisting) {
            throw new UserFacingException("archive.error.deck-exists", id);
        }
        boolean targetHoldsOtherDeck = catalog.decks().stream()
                .filter(other -> !other.id().equals(id))
                .anyMatch(other -> catalog.folderOf(other.id())
                        .map(f -> f.toAbsolutePath().normalize().equals(target))
                        .orElse(false));
        if (targetHoldsOtherDeck) {
            throw new UserFacingException("archive.error.folder-taken", id);
        }
        List<Path> old = new ArrayList<>();
        loadedFrom.filter(folder -> !folder.equals(target)).ifPresent(old::add);
        if (targetExists) {
            old.add(target);
        }
        Map<Path, Path> asides = new LinkedHashMap<>();
        try {
            for (Path folder : old) {
                Path aside = cardsDir.resolve(".replaced-" + id + "-" + UUID.randomUUID());
                move(folder, aside);
                asides.put(folder, aside);
            }
            move(work, target);
        } catch (IOException e) {
            asides.forEach((folder, aside) -> {
                try {
                    move(aside, folder);
                } catch (IOException restore) {
                    log.error("Could not put deck folder {} back from {}", folder, aside, restore);
                }
            });
            throw e;
        }
        asides.values().forEach(DeckArchive::deleteQuietly);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not remove {}", folder, e);
        }
    }

    // ---- helpers ----

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    /** A name from the zip as it may appear in a message: printable and not too long. */
    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 120 ? printable.substring(0, 117) + "..." : printable;
    }

    /** Counts the packed bytes the zip reader takes, to compare them with what comes out. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * The zip's table of contents at its end, read by Commons Compress. {@link ZipInputStream} never
     * reads it, but only it tells which entries are links: their Unix file mode, or the Windows
     * "reparse point" flag.
     */
    static final class CentralDirectory {
        private static final int UNIX_TYPE_MASK = 0170000;
        private static final int UNIX_FILE = 0100000;
        private static final int UNIX_DIRECTORY = 0040000;
        private static final long WINDOWS_REPARSE_POINT = 0x400;

        private CentralDirectory() {}

        static List<String> names(byte[] zip) {
            try (ZipFile file = ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                    .setCharset(StandardCharsets.UTF_8)
                    .setUseUnicodeExtraFields(false)
                    .setIgnoreLocalFileHeader(true)
                    .get()) {
                List<String> names = new ArrayList<>();
                for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                    if (names.size() == MAX_ENTRIES) {
                        throw new UserFacingException("archive.error.too-many-files", String.valueOf(MAX_ENTRIES));
                    }
                    long attributes = entry.getExternalAttributes();
                    long unixType = (attributes >>> 16) & UNIX_TYPE_MASK;
                    if ((unixType != 0 && unixType != UNIX_FILE && unixType != UNIX_DIRECTORY)
                            || (attributes & WINDOWS_REPARSE_POINT) != 0) {
                        throw new UserFacingException("archive.error.link", shown(entry.getName()));
                    }
                    names.add(entry.getName());
                }
                return names;
            } catch (IOException | IllegalArgumentException e) {
                // no table of contents, a broken one, or one split over several files
                throw new UserFacingException("archive.error.broken-zip");
            }
        }
    }
}
