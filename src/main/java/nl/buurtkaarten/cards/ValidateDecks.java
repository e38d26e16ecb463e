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
 * {@code mvn -q compile exec:exec@decks} (see cards/README.md). Prints every problem with its file
 * and line, and exits with 1 when there is any.
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
        List<String> report = report(catalog.problems(), messages);
        report.forEach(System.out::println);
        System.out.printf("%d decks, %d cards, %d problems%n", catalog.decks().size(),
                catalog.decks().stream().mapToInt(deck -> deck.cards().size()).sum(), report.size());
        if (!report.isEmpty()) {
            System.exit(1);
        }
    }

    /** One line per problem: {@code file:line: message}. */
    public static List<String> report(List<DeckProblem> problems, ResourceBundle messages) {
        return problems.stream()
                .map(problem -> (messages.getLocale().getLanguage().equals("en") ? "ERROR " : "FOUT ") + problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": "
                        + new MessageFormat(messages.getString(problem.messageKey()), messages.getLocale())
                                .format(problem.arguments().toArray()))
                .toList();
    }
}
