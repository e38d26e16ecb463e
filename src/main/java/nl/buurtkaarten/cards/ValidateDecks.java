package nl.buurtkaarten.cards;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.ui.Translations;

/**
 * Checks the card decks from the command line, for content editors and CI:
 * {@code mvn -q compile exec:exec@decks} (see cards/README.md). Prints every error and warning
 * with its file and line, and exits with 1 when there is an error; warnings alone exit with 0.
 */
public final class ValidateDecks {

    private ValidateDecks() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "cards");
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.forLanguageTag("nl");
        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(folder, null));
        ResourceBundle messages = Translations.bundle(locale);
        for (Deck deck : catalog.decks()) {
            System.out.printf("OK   %s (%d cards)%n", deck.id(), deck.cards().size());
        }
        List<String> errors = report(catalog.problems(), messages);
        List<String> warnings = report(catalog.warnings(), messages);
        errors.forEach(System.out::println);
        warnings.forEach(System.out::println);
        System.out.println(format(
                messages,
                "validate.summary",
                catalog.decks().size(),
                catalog.decks().stream().mapToInt(deck -> deck.cards().size()).sum(),
                errors.size(),
                warnings.size()));
        if (!errors.isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * One line per problem: an error as {@code FOUT file:line: message}, a warning as
     * {@code file:line: waarschuwing: message} (in English {@code ERROR} and {@code warning}).
     */
    public static List<String> report(List<DeckProblem> problems, ResourceBundle messages) {
        return problems.stream()
                .map(problem -> {
                    String where = problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": ";
                    String message = format(
                            messages, problem.messageKey(), problem.arguments().toArray());
                    return problem.isWarning()
                            ? where + messages.getString("validate.warning") + ": " + message
                            : messages.getString("validate.error") + " " + where + message;
                })
                .toList();
    }

    private static String format(ResourceBundle messages, String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
    }
}
