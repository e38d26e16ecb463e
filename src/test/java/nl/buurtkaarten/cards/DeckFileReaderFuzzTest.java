package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-based fuzzing of {@link DeckFileReader}: whatever the file holds, reading it gives either a
 * deck or a non-empty list of problems, never an exception, and never takes long.
 *
 * <p>A small harness of its own instead of a property-testing library: every property draws
 * {@value #DEFAULT_TRIES} inputs from a seeded {@link Random}. A failure names the seed and the try,
 * shrinks the input by dropping lines, and saves it under {@code target/fuzz-failures/}. Repeat a run
 * with {@code -Dfuzz.seed=<seed>}; try more inputs with {@code -Dfuzz.tries=5000}.
 */
class DeckFileReaderFuzzTest {

    private static final int DEFAULT_TRIES = 300;
    private static final int TRIES = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
    private static final long SEED = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Duration SHRINK_TIME = Duration.ofSeconds(20);
    private static final Path STARTER = Path.of("cards", "buurt-starter", "deck.yaml");
    private static final String YAML_SPECIALS = "*&!|>{}[]:#,?-%@`'\"\\<=~";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @TempDir
    Path folder;

    @Test
    void randomBytes() {
        forAll("random-bytes", random -> switch (random.nextInt(4)) {
            case 0 -> bytes(random, 0, 255);
            case 1 -> bytes(random, 0x20, 0x7E);
            case 2 -> utf8(randomText(random, 1 + random.nextInt(3000)));
            default -> {
                byte[] bytes = utf8(randomText(random, 1 + random.nextInt(500)));
                flipBytes(random, bytes, 1 + random.nextInt(5));
                yield bytes;
            }
        });
    }

    @Test
    void randomStrings() {
        forAll(
                "random-strings",
                random ->
                        utf8(random.nextBoolean() ? randomText(random, random.nextInt(2000)) : randomYamlish(random)));
    }

    @Test
    void mutatedStarterDeck() throws IOException {
        List<String> starter = Files.readAllLines(STARTER, StandardCharsets.UTF_8);
        Files.write(folder.resolve("foto.png"), PNG);
        forAll("mutated-starter", random -> mutate(random, starter));
    }

    @Test
    void theUnchangedStarterDeckLoads() throws IOException {
        Files.copy(STARTER, folder.resolve("deck.yaml"));
        DeckFileReader.Result result = DeckFileReader.read(folder.resolve("deck.yaml"), "deck.yaml");
        assertThat(result.problems()).isEmpty();
        assertThat(result.deck().cards()).hasSize(24);
    }

    /** Inputs that once made the reader throw; they must stay problems. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "id: \"\\UFFFFFFFF\"\n",
                "id: \"\\U80000000\"\n",
                "id: x\ntitle: {nl: x}\ncards:\n  - id: a\n    kind: question\n    theme: t\n    support: emotional\n    text: {nl: hoi}\n    image: \"a\\0b.png\"\n",
            })
    void inputsThatOnceThrewAreProblems(String input) {
        DeckFileReader.Result result = check("regression", 0, utf8(input));
        assertThat(result.problems()).isNotEmpty();
    }

    // ---- the harness ----

    private void forAll(String property, Function<Random, byte[]> generator) {
        long seed = SEED ^ property.hashCode();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            check(property, i, generator.apply(random));
        }
    }

    /** Reads one input; on any failure shrinks it, saves it and fails with what is needed to repeat it. */
    private DeckFileReader.Result check(String property, int attempt, byte[] input) {
        String failure = failureOf(input);
        if (failure != null && failure.contains("timed out")) {
            // A reader that hangs hangs again; a shared, busy build machine seldom stalls twice on the same input.
            failure = failureOf(input);
        }
        if (failure == null) {
            return read(input);
        }
        byte[] smallest = shrink(input);
        Path saved = save(property, attempt, smallest);
        fail("Property '" + property + "' failed on try " + attempt + " (run again with -Dfuzz.seed=" + SEED + "): "
                + failureOf(smallest) + "\nShrunk input (" + smallest.length + " bytes, saved to " + saved + "):\n"
                + preview(smallest) + "\nOriginal failure: " + failure);
        return null;
    }

    /** Null when the reader behaved: one result, either a deck or problems, within the time limit. */
    private String failureOf(byte[] input) {
        try {
            DeckFileReader.Result result = read(input);
            if (result == null) {
                return "returned null";
            }
            if ((result.deck() == null) == result.problems().isEmpty()) {
                return "returned deck=" + (result.deck() != null) + " with "
                        + result.problems().size() + " problems";
            }
            if (result.problems().stream()
                    .anyMatch(p -> p.messageKey() == null || !p.messageKey().startsWith("deck.problem."))) {
                return "returned a problem without a message key: " + result.problems();
            }
            return null;
        } catch (Throwable e) {
            return e.toString();
        }
    }

    private DeckFileReader.Result read(byte[] input) {
        Path file = folder.resolve("deck.yaml");
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assertTimeoutPreemptively(LIMIT, () -> DeckFileReader.read(file, "deck.yaml"));
    }

    /** Drops ever smaller blocks of lines as long as the input keeps failing, for at most {@link #SHRINK_TIME}. */
    private byte[] shrink(byte[] input) {
        long deadline = System.nanoTime() + SHRINK_TIME.toNanos();
        List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.ISO_8859_1).split("\n", -1)));
        for (int block = Math.max(1, lines.size() / 2); block >= 1; block /= 2) {
            for (int from = Math.max(0, lines.size() - block); from >= 0 && lines.size() > 1; from -= block) {
                if (System.nanoTime() > deadline) {
                    return latin1(lines);
                }
                List<String> fewer = new ArrayList<>(lines.subList(0, Math.min(from, lines.size())));
                fewer.addAll(lines.subList(Math.min(lines.size(), from + block), lines.size()));
                if (failureOf(latin1(fewer)) != null) {
                    lines = fewer;
                }
            }
        }
        return latin1(lines);
    }

    private static byte[] latin1(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Path save(String property, int attempt, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(dir.resolve(property + "-" + SEED + "-" + attempt + ".yaml"), input);
        } catch (IOException e) {
            return null;
        }
    }

    private static String preview(byte[] input) {
        String text = new String(input, 0, Math.min(input.length, 2000), StandardCharsets.UTF_8);
        return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\t')
                ? text
                : HexFormat.of().formatHex(input, 0, Math.min(input.length, 600));
    }

    // ---- generators ----

    private static byte[] bytes(Random random, int low, int high) {
        byte[] bytes = new byte[random.nextInt(2000)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (low + random.nextInt(high - low + 1));
        }
        return bytes;
    }

    private static void flipBytes(Random random, byte[] bytes, int count) {
        for (int i = 0; i < count && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text from a mix of YAML punctuation, white space of every kind, control characters and far-away Unicode. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> text.append(YAML_SPECIALS.charAt(random.nextInt(YAML_SPECIALS.length())));
                case 1 -> text.append(pick(random, "\n", "\r\n", "\t", " ", "  ", "\u0085", "\u2028", "\uFEFF", "\r"));
                case 2 -> text.appendCodePoint(random.nextInt(0x20));
                case 3 -> text.appendCodePoint(randomCodePoint(random));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                return codePoint;
            }
        }
    }

    /** Lines that look like YAML: keys, lists, flow collections, anchors, tags, block scalars and escapes. */
    private static String randomYamlish(Random random) {
        String[] pieces = {
            "id: ",
            "version: ",
            "title:",
            "nl: ",
            "en: ",
            "cards:",
            "- ",
            "- id: ",
            "kind: question",
            "text:",
            "image: ",
            "&a ",
            "*a",
            "<<: *a",
            "!!str ",
            "!!binary ",
            "!<tag:x> ",
            "? ",
            ": ",
            "[",
            "]",
            "{",
            "}",
            ", ",
            "|",
            ">-",
            "|+9",
            "\"",
            "'",
            "\"\\U0001F600\"",
            "\"\\x41\"",
            "\"\\0\"",
            "\"\\UFFFFFFFF\"",
            "\"\\u00\"",
            "---",
            "...",
            "%YAML 1.1",
            "%TAG ! tag:x:",
            "# note",
            "~",
            "null",
            "0x1F",
            "1e999",
            "-.inf",
            "2026-01-01",
            "yes",
            "x",
            "\t"
        };
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(40);
        for (int line = 0; line < lines; line++) {
            text.append(" ".repeat(random.nextInt(4) * 2));
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static byte[] mutate(Random random, List<String> original) {
        List<String> lines = new ArrayList<>(original);
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            mutateOnce(random, lines);
        }
        byte[] bytes = utf8(String.join("\n", lines) + "\n");
        if (random.nextInt(6) == 0) {
            flipBytes(random, bytes, 1 + random.nextInt(8));
        }
        return bytes;
    }

    private static void mutateOnce(Random random, List<String> lines) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(16)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> {
                int other = random.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            case 3 ->
                lines.set(
                        at,
                        insert(
                                random,
                                line,
                                String.valueOf(YAML_SPECIALS.charAt(random.nextInt(YAML_SPECIALS.length())))));
            case 4 -> lines.set(at, insert(random, line, randomText(random, 1 + random.nextInt(10))));
            case 5 -> { // an anchor on one value, aliases elsewhere (some to anchors that do not exist)
                lines.set(at, line.replaceFirst(": ?", ": &a "));
                int other = random.nextInt(lines.size());
                lines.set(other, lines.get(other).replaceFirst(":.*", random.nextBoolean() ? ": *a" : ": *b"));
            }
            case 6 -> { // billion laughs
                lines.add(at, "x0: &a0 [\"lol\", \"lol\"]");
                for (int level = 1; level < 12; level++) {
                    lines.add(
                            at + level,
                            "x" + level + ": &a" + level + " [*a" + (level - 1) + ", *a" + (level - 1) + ", *a"
                                    + (level - 1) + "]");
                }
            }
            case 7 -> { // deep nesting, flow style or block style
                int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 5000);
                if (random.nextBoolean()) {
                    lines.set(
                            at,
                            line.replaceFirst(":.*", ": " + "[".repeat(depth) + "]".repeat(random.nextInt(depth + 1))));
                } else {
                    List<String> nested = new ArrayList<>();
                    for (int level = 0; level < Math.min(depth, 300); level++) {
                        nested.add(" ".repeat(level * 2) + "k" + level + ":");
                    }
                    lines.addAll(at, nested);
                }
            }
            case 8 -> { // huge repetition of a block of lines, up to about the size limit
                int from = random.nextInt(lines.size());
                List<String> block =
                        List.copyOf(lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(12))));
                int blockBytes = Math.max(1, String.join("\n", block).length());
                int times = random.nextInt(Math.max(2, (DeckFileReader.MAX_FILE_BYTES + 50_000) / blockBytes));
                List<String> repeated = new ArrayList<>();
                for (int t = 0; t < times; t++) {
                    repeated.addAll(block);
                }
                lines.addAll(from, repeated);
            }
            case 9 -> lines.set(at, line.replaceFirst(":.*", ": \"" + "ha ".repeat(random.nextInt(300_000)) + "\""));
            case 10 -> lines.set(at, random.nextBoolean() ? "\t" + line : line.stripLeading()); // broken indentation
            case 11 ->
                lines.set(
                        at,
                        line.replaceFirst(
                                ":.*",
                                ": "
                                        + pick(
                                                random,
                                                "\"\\U0011FFFF\"",
                                                "\"\\UFFFFFFFF\"",
                                                "\"\\x\"",
                                                "\"\\0\"",
                                                "\"\\N\\_\\L\\P\"",
                                                "!!binary AAAA",
                                                "!!timestamp x",
                                                "!!int 99999999999999999999",
                                                "|",
                                                ">",
                                                "|-2",
                                                "~",
                                                "[]",
                                                "{}",
                                                "''",
                                                "\"\"",
                                                "&a",
                                                "*a",
                                                "? x",
                                                "- - -")));
            case 12 ->
                lines.add(
                        at,
                        "    image: "
                                + pick(
                                        random,
                                        "foto.png",
                                        "\"foto.png\"",
                                        "../foto.png",
                                        "/etc/passwd",
                                        "C:\\\\foto.png",
                                        "\"a\\0b.png\"",
                                        "\"" + "x".repeat(300) + ".png\"",
                                        "\"\\t\"",
                                        "\"foto.png\\n\"",
                                        "deck.yaml",
                                        ".",
                                        "\""
                                                + randomText(random, 8)
                                                        .replace("\\", "")
                                                        .replace("\"", "") + "\""));
            case 13 ->
                lines.add(
                        at,
                        pick(
                                random,
                                "---",
                                "...",
                                "%YAML 1.1",
                                "%YAML 2.0",
                                "%TAG !e! tag:example.com,2000:",
                                "<<: {id: x}",
                                "? [a, b]",
                                ": c",
                                "!!set {a, b}",
                                "!!omap [a: 1]"));
            case 14 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear(); // truncated file
            default -> {
                if (!line.isEmpty()) {
                    int position = random.nextInt(line.length());
                    lines.set(
                            at,
                            line.substring(0, position)
                                    + new String(Character.toChars(randomCodePoint(random)))
                                    + line.substring(position + 1));
                }
            }
        }
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String insert(Random random, String line, String piece) {
        int position = random.nextInt(line.length() + 1);
        return line.substring(0, position) + piece + line.substring(position);
    }
}
