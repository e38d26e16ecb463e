package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeckArchiveTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @TempDir
    Path cards;

    @TempDir
    Path otherCards;

    private DeckCatalog catalog;
    private DeckArchive archive;

    @BeforeEach
    void aDeckWithAPicture() throws IOException {
        Path folder = Files.createDirectories(cards.resolve("proef"));
        Files.writeString(folder.resolve("deck.yaml"), deck("proef", "Proefset", "foto.png"), StandardCharsets.UTF_8);
        Files.write(folder.resolve("foto.png"), PNG);
        catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));
        archive = new DeckArchive(catalog);
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.deck("proef")).isPresent();
    }

    // ---- export and round trip ----

    @Test
    void exportHoldsTheDeckFileAndItsPicturesUnderTheDeckIdAndNothingElse() throws IOException {
        Path folder = cards.resolve("proef");
        Files.writeString(folder.resolve(".deck.yaml.saving"), "half a file");
        Files.writeString(folder.resolve(".hidden.png"), "x");
        Files.writeString(folder.resolve("notes.txt"), "not part of the deck");
        Files.createDirectories(folder.resolve(".import-123"))
                .resolve("deck.yaml")
                .toFile()
                .createNewFile();
        Files.createDirectories(folder.resolve("plaatjes"));
        Files.write(folder.resolve("plaatjes/extra.png"), PNG);
        try {
            Files.createSymbolicLink(folder.resolve("link.png"), folder.resolve("foto.png"));
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            // no links on this file system: nothing to leave out
        }

        Map<String, byte[]> entries = entries(archive.export("proef"));

        assertThat(entries).containsOnlyKeys("proef/deck.yaml", "proef/foto.png", "proef/plaatjes/extra.png");
        assertThat(entries.get("proef/deck.yaml")).isEqualTo(Files.readAllBytes(folder.resolve("deck.yaml")));
        assertThat(entries.get("proef/foto.png")).isEqualTo(PNG);
    }

    @Test
    void exportOfAnUnknownDeckIsRefused() {
        assertThatThrownBy(() -> archive.export("bestaat-niet"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("editor.error.deck-not-found"));
    }

    @Test
    void exportThenImportElsewhereGivesAnEqualDeck() {
        Deck original = catalog.deck("proef").orElseThrow();
        assertThat(original.cards().getFirst().image()).isEqualTo("foto.png");
        DeckCatalog elsewhere = new DeckCatalog(new BuurtkaartenProperties(otherCards, null));

        Deck imported = new DeckArchive(elsewhere).importZip(new ByteArrayInputStream(archive.export("proef")), false);

        assertThat(imported).isEqualTo(original);
        assertThat(elsewhere.deck("proef")).contains(original);
        assertThat(snapshot(otherCards)).isEqualTo(snapshot(cards));
    }

    @Test
    void exportThenImportOverItselfWithReplaceGivesAnEqualDeckAndLeavesNoTemporaryFolders() {
        Deck original = catalog.deck("proef").orElseThrow();
        Map<String, String> before = snapshot(cards);

        Deck imported = archive.importZip(new ByteArrayInputStream(archive.export("proef")), true);

        assertThat(imported).isEqualTo(original);
        assertThat(snapshot(cards)).isEqualTo(before);
    }

    @Test
    void aDeckAtTheTopOfTheZipIsImportedIntoAFolderNamedAfterItsId() throws IOException {
        byte[] zip = zip(Map.of("deck.yaml", utf8(deck("nieuw", "Nieuwe set", null))));

        Deck deck = archive.importZip(new ByteArrayInputStream(zip), false);

        assertThat(deck.id()).isEqualTo("nieuw");
        assertThat(catalog.deck("nieuw")).contains(deck);
        assertThat(Files.readString(cards.resolve("nieuw/deck.yaml"))).isEqualTo(deck("nieuw", "Nieuwe set", null));
    }

    @Test
    void aDeckInAFolderWithAnotherNameIsImportedUnderItsIdAndMacFinderExtrasAreSkipped() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Mijn set/", new byte[0]);
        files.put("Mijn set/deck.yaml", utf8(deck("nieuw", "Nieuwe set", "foto.png")));
        files.put("Mijn set/foto.png", PNG);
        files.put("Mijn set/.DS_Store", utf8("finder"));
        files.put("__MACOSX/Mijn set/._deck.yaml", utf8("resource fork"));

        Deck deck = archive.importZip(new ByteArrayInputStream(zip(files)), false);

        assertThat(deck.cards().getFirst().image()).isEqualTo("foto.png");
        assertThat(snapshot(cards.resolve("nieuw"))).containsOnlyKeys("deck.yaml", "foto.png");
    }

    @Test
    void replacingADeckRemovesItsOldFilesAndReloadsTheCatalog() throws IOException {
        Files.write(cards.resolve("proef/oud.png"), PNG);
        byte[] zip = zip(Map.of("proef/deck.yaml", utf8(deck("proef", "Vernieuwde set", null))));

        Deck deck = archive.importZip(new ByteArrayInputStream(zip), true);

        assertThat(deck.titleIn("nl")).isEqualTo("Vernieuwde set");
        assertThat(catalog.deck("proef")).contains(deck);
        assertThat(snapshot(cards)).containsOnlyKeys("proef", "proef/deck.yaml");
    }

    @Test
    void theCatalogSkipsHiddenFoldersSuchAsAnImportInProgress() throws IOException {
        Path hidden = Files.createDirectories(cards.resolve(".import-42"));
        Files.writeString(hidden.resolve("deck.yaml"), deck("verstopt", "Half uitgepakt", null));
        catalog.reload();
        assertThat(catalog.deck("verstopt")).isEmpty();
        assertThat(catalog.problems()).isEmpty();
    }

    // ---- refusals: each names its reason and changes nothing ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../deck.yaml",
                "proef/../../foto.png",
                "/etc/foto.png",
                "C:/foto.png",
                "c:foto.png",
                "proef\\..\\..\\foto.png",
                "proef//foto.png",
                "proef/./foto.png",
                "proef/foto.png:stream",
                "proef/NUL.png",
                "proef/foto.png.",
                "proef/\u0001.png"
            })
    void zipSlipNamesAreRefused(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("proef/deck.yaml", utf8(deck("nieuw", "Nieuw", null)));
        files.put(name, PNG);
        assertRefused(zip(files), "archive.error.unsafe-path");
    }

    @Test
    void unixSymlinkEntriesAreRefused() {
        byte[] zip = zip(Map.of(
                "nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", "foto.png")), "nieuw/foto.png", utf8("/etc/passwd")));
        patchCentralDirectory(zip, "nieuw/foto.png", entry -> {
            ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            buffer.putShort(entry + 4, (short) 0x0314); // made by Unix
            buffer.putInt(entry + 38, 0120777 << 16); // a symbolic link
        });
        assertRefused(zip, "archive.error.link");
    }

    @Test
    void windowsReparsePointEntriesAreRefused() {
        byte[] zip = zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)), "nieuw/foto.png", PNG));
        patchCentralDirectory(
                zip,
                "nieuw/foto.png",
                entry -> ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(entry + 38, 0x400));
        assertRefused(zip, "archive.error.link");
    }

    @Test
    void moreThan200EntriesAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)));
        for (int i = 0; i < 200; i++) {
            files.put("nieuw/foto-" + i + ".png", PNG);
        }
        assertRefused(zip(files), "archive.error.too-many-files");
    }

    @Test
    void aDeckFileOver1MbIsRefused() {
        byte[] big = utf8(deck("nieuw", "Nieuw", null) + "# "
                + randomText(new Random(1), 1024 * 1024, "abcdefghijklmnopqrstuvwxyz ") + "\n");
        assertRefused(zip(Map.of("nieuw/deck.yaml", big)), "archive.error.file-too-large");
    }

    @Test
    void aPictureOver512KbIsRefused() {
        assertRefused(
                zip(Map.of(
                        "nieuw/deck.yaml",
                        utf8(deck("nieuw", "Nieuw", null)),
                        "nieuw/groot.png",
                        picture(new Random(2), 513 * 1024))),
                "archive.error.file-too-large");
    }

    @Test
    void sizesInTheZipAreNotTrusted() {
        byte[] big = utf8(randomText(new Random(3), 1536 * 1024, "abcdefghijklmnopqrstuvwxyz \n"));
        byte[] zip = zip(Map.of("nieuw/deck.yaml", big), true); // packed: the entry's own header holds no sizes at all
        patchCentralDirectory(zip, "nieuw/deck.yaml", entry -> {
            ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            buffer.putInt(entry + 24, 100); // claims 100 bytes unpacked
        });
        assertRefused(zip, "archive.error.file-too-large");
    }

    @Test
    void moreThan10MbInTotalIsRefused() {
        Random random = new Random(4);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)));
        for (int i = 0; i < 22; i++) {
            byte[] picture = picture(random, 500 * 1024);
            for (int b = PNG.length; b < picture.length; b++) {
                picture[b] = (byte) ('0' + (picture[b] & 0x07)); // packs about 3 to 1: too big, but no bomb
            }
            files.put("nieuw/foto-" + i + ".png", picture);
        }
        byte[] zip = zip(files, true);
        assertThat(zip.length).isLessThan(10 * 1024 * 1024);
        assertRefused(zip, "archive.error.too-large");
    }

    @Test
    void aZipFileOverTheLimitIsRefused() {
        byte[] huge = new byte[12 * 1024 * 1024];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        assertRefused(huge, "archive.error.too-large");
    }

    @Test
    void aZipBombIsRefusedQuicklyWithoutWritingIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("nieuw/deck.yaml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(100 * 1024);

        long start = System.nanoTime();
        assertRefused(bomb, "archive.error.zip-bomb");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1000);
    }

    @Test
    void nestedZipsAreRefusedByNameAndByContent() {
        byte[] inner = zip(Map.of("deck.yaml", utf8(deck("binnen", "Binnen", null))));
        assertRefused(
                zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)), "nieuw/meer.zip", inner)),
                "archive.error.nested-zip");
        assertRefused(
                zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)), "nieuw/foto.png", inner)),
                "archive.error.nested-zip");
        assertRefused(zip(Map.of("meer.zip", inner)), "archive.error.nested-zip");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nieuw/leesmij.txt",
                "nieuw/script.svg",
                "nieuw/.verborgen.png",
                "nieuw/run.sh",
                "nieuw/kaarten.yaml"
            })
    void filesOtherThanTheDeckFileAndPicturesAreRefused(String name) {
        assertRefused(
                zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)), name, PNG)),
                "archive.error.file-not-allowed");
    }

    @Test
    void aPictureThatIsNoPictureIsRefused() {
        assertRefused(
                zip(Map.of(
                        "nieuw/deck.yaml",
                        utf8(deck("nieuw", "Nieuw", null)),
                        "nieuw/foto.png",
                        utf8("<svg onload=alert(1)>"))),
                "archive.error.not-an-image");
    }

    @Test
    void twoEntriesThatDifferOnlyInCapitalsAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)));
        files.put("nieuw/foto.png", PNG);
        files.put("nieuw/FOTO.png", PNG);
        assertRefused(zip(files), "archive.error.duplicate-file");
    }

    @Test
    void aZipWithoutDeckFileIsRefused() {
        assertRefused(zip(Map.of("nieuw/foto.png", PNG)), "archive.error.no-deck-file");
        assertRefused(zip(Map.of()), "archive.error.no-deck-file");
        assertRefused(zip(Map.of("a/b/deck.yaml", utf8(deck("nieuw", "Nieuw", null)))), "archive.error.no-deck-file");
    }

    @Test
    void moreThanOneDeckInOneZipIsRefused() {
        assertRefused(
                zip(Map.of(
                        "een/deck.yaml",
                        utf8(deck("een", "Een", null)),
                        "twee/deck.yaml",
                        utf8(deck("twee", "Twee", null)))),
                "archive.error.several-decks");
        assertRefused(
                zip(Map.of(
                        "deck.yaml",
                        utf8(deck("een", "Een", null)),
                        "twee/deck.yaml",
                        utf8(deck("twee", "Twee", null)))),
                "archive.error.several-decks");
    }

    @Test
    void filesBesideTheDeckFolderAreRefused() {
        assertRefused(
                zip(Map.of("een/deck.yaml", utf8(deck("een", "Een", null)), "twee/foto.png", PNG)),
                "archive.error.outside-deck");
    }

    @Test
    void aDeckFileThatDoesNotValidateIsRefusedWithItsProblems() {
        byte[] zip = zip(Map.of(
                "nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null).replace("kind: question", "kind: raadsel"))));
        Map<String, String> before = snapshot(cards);

        assertThatThrownBy(() -> archive.importZip(new ByteArrayInputStream(zip), false))
                .isInstanceOfSatisfying(InvalidDeckException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("archive.error.invalid-deck");
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.messageKey()).isEqualTo("deck.problem.unknown-kind");
                        assertThat(problem.file()).isEqualTo("nieuw/deck.yaml");
                        assertThat(problem.line()).isEqualTo(10);
                    });
                });
        assertThat(snapshot(cards)).isEqualTo(before);
        assertThat(catalog.deck("nieuw")).isEmpty();
    }

    @Test
    void aPictureTheDeckNamesButTheZipLacksIsReported() {
        byte[] zip = zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", "weg.png"))));
        assertThatThrownBy(() -> archive.importZip(new ByteArrayInputStream(zip), false))
                .isInstanceOfSatisfying(
                        InvalidDeckException.class,
                        e -> assertThat(e.problems())
                                .extracting(DeckProblem::messageKey)
                                .containsExactly("deck.problem.image-missing"));
        assertThat(cards.toFile().list()).containsExactly("proef");
    }

    @Test
    void aDeckIdThatExistsIsRefusedUnlessReplacing() {
        assertRefused(zip(Map.of("deck.yaml", utf8(deck("proef", "Andere set", null)))), "archive.error.deck-exists");
    }

    @Test
    void aDeckIdWhoseFolderHoldsAnotherDeckIsNotReplaced() throws IOException {
        Path folder = Files.createDirectories(cards.resolve("bezet"));
        Files.writeString(folder.resolve("deck.yaml"), deck("anders", "Andere set", null));
        catalog.reload();
        assertThat(catalog.deck("anders")).isPresent();
        assertRefused(zip(Map.of("deck.yaml", utf8(deck("bezet", "Bezet", null)))), true, "archive.error.folder-taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gewoon tekst", "id: proef\n", "%PDF-1.7"})
    void aFileThatIsNoZipIsRefused(String content) {
        assertRefused(utf8(content), "archive.error.not-a-zip");
    }

    @Test
    void aDamagedZipIsRefused() {
        byte[] good = zip(Map.of("nieuw/deck.yaml", utf8(deck("nieuw", "Nieuw", null)), "nieuw/foto.png", PNG));
        assertRefused(Arrays.copyOf(good, good.length / 2), "archive.error.broken-zip");

        byte[] flipped = good.clone();
        flipped[60] ^= 0x55; // inside the packed deck file
        assertRefused(flipped, "archive.error.broken-zip");

        byte[] renamed = good.clone();
        patchCentralDirectory(
                renamed, "nieuw/foto.png", entry -> renamed[entry + 46 + 6] = 'F'); // contents say another name
        assertRefused(renamed, "archive.error.broken-zip");
    }

    // ---- helpers ----

    private void assertRefused(byte[] zip, String key) {
        assertRefused(zip, false, key);
    }

    private void assertRefused(byte[] zip, boolean replace, String key) {
        Map<String, String> before = snapshot(cards);
        List<Deck> decksBefore = catalog.decks();

        assertThatThrownBy(() -> archive.importZip(new ByteArrayInputStream(zip), replace))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));

        assertThat(snapshot(cards))
                .as("the cards folder after a refused import")
                .isEqualTo(before);
        assertThat(catalog.decks()).isEqualTo(decksBefore);
    }

    /** Every file and folder below {@code root}, with a hash of each file's bytes. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !path.equals(root)).toList()) {
                String name = root.relativize(path)
                        .toString()
                        .replace(path.getFileSystem().getSeparator(), "/");
                result.put(
                        name,
                        Files.isDirectory(path)
                                ? "folder"
                                : HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static String deck(String id, String title, String image) {
        return """
                id: %s
                version: 3
                title:
                  nl: "%s"
                  en: "Test deck"
                description:
                  nl: "Een set om mee te testen."
                cards:
                  - id: kaart-01
                    kind: question
                    theme: kennismaken
                    support: connection
                    text:
                      nl: "Wie woont er naast je?"
                      en: "Who lives next door?"
                %s  - id: kaart-02
                    kind: statement
                    theme: steun-vragen-en-geven
                    support: emotional
                    text:
                      nl: "Ik vraag makkelijk om hulp."
                    notes:
                      nl: "Vraag door."
                """.formatted(id, title, image == null ? "" : "    image: " + image + "\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomText(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static byte[] picture(Random random, int size) {
        byte[] picture = new byte[size];
        random.nextBytes(picture);
        System.arraycopy(PNG, 0, picture, 0, PNG.length);
        return picture;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        return zip(files, false);
    }

    /** A zip with the entries in the order given; entries named with a slash at the end are folders. */
    private static byte[] zip(Map<String, byte[]> files, boolean packEverything) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                if (!packEverything && file.getValue().length > 256 * 1024) {
                    stored(entry, file.getValue()); // big test data: no time spent packing it
                }
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void stored(ZipEntry entry, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
    }

    /** Runs {@code patch} with the offset of the named entry in the zip's central directory. */
    private static void patchCentralDirectory(byte[] zip, String name, IntConsumer patch) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = utf8(name);
        for (int at = zip.length - 46; at >= 0; at--) {
            if (buffer.getInt(at) == 0x02014b50
                    && (buffer.getShort(at + 28) & 0xFFFF) == wanted.length
                    && Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                patch.accept(at);
                return;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
