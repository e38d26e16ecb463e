package nl.buurtkaarten.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.summary.SummaryFixture;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary's CSV as a facilitator opens it in a (Dutch) spreadsheet: semicolons, every cell in
 * quotes, a byte-order mark so that the spreadsheet reads UTF-8, and nothing a parent typed that the
 * spreadsheet would run as a formula.
 */
class SummaryCsvTest extends KaribuTest {

    @Autowired
    SummaryFixture given;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    SummaryService summaries;

    @Test
    void aPlainCellIsQuotedAndOtherwiseUnchanged() {
        assertThat(SummaryCsv.cell("Amina")).isEqualTo("\"Amina\"");
        assertThat(SummaryCsv.cell("")).isEqualTo("\"\"");
        assertThat(SummaryCsv.cell(null)).isEqualTo("\"\"");
        // A sign in the middle is no formula: left alone.
        assertThat(SummaryCsv.cell("Jan-Willem")).isEqualTo("\"Jan-Willem\"");
        assertThat(SummaryCsv.cell("a=b")).isEqualTo("\"a=b\"");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostropheInstead() {
        for (String formula : List.of(
                "=HYPERLINK(\"http://evil.example\";\"klik\")",
                "+31 6 12345678",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "=",
                "+",
                "-",
                "@")) {
            assertThat(SummaryCsv.cell(formula))
                    .as(formula.replace("\t", "\\t").replace("\r", "\\r"))
                    .isEqualTo("\"'" + formula.replace("\"", "\"\"") + "\"");
        }
    }

    @Test
    void quotesAreDoubledSoACellCannotEndEarly() {
        assertThat(SummaryCsv.cell("Mo \"de buurman\"")).isEqualTo("\"Mo \"\"de buurman\"\"\"");
        // A quote first, then a formula: the spreadsheet reads the text "=1+1 with its quote, which is no formula.
        assertThat(SummaryCsv.cell("\"=1+1")).isEqualTo("\"\"\"=1+1\"");
        assertThat(parse(SummaryCsv.cell("\"=1+1"))).containsExactly(List.of("\"=1+1"));
        assertThat(parse(SummaryCsv.cell("\";\"=1+1"))).containsExactly(List.of("\";\"=1+1"));
    }

    @Test
    void separatorsAndLineBreaksStayInsideTheirCell() {
        String row = String.join(
                ";", SummaryCsv.cell("een; twee"), SummaryCsv.cell("regel 1\r\nregel 2"), SummaryCsv.cell("a,b"));
        assertThat(parse(row)).containsExactly(List.of("een; twee", "regel 1\r\nregel 2", "a,b"));
    }

    @Test
    void theFileStartsWithAByteOrderMarkAndHasAHeaderAndOneRowPerPairAndOpenRequest() {
        Meeting meeting = given.evening("csv-facilitator", "Buurtavond");
        Joined amina = given.join(meeting, "Amina");
        Joined joost = given.join(meeting, "Joost");
        Joined piet = given.join(meeting, "Piet");
        add(amina, Direction.OFFER, Topic.BABYSITTING, null);
        add(joost, Direction.REQUEST, Topic.BABYSITTING, null);
        add(piet, Direction.REQUEST, Topic.LISTENING_EAR, null);

        byte[] file = SummaryExports.csv(new Div(), summaries.summary(meeting.id()));

        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte-order mark").containsExactly(BOM);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as("no second mark").doesNotStartWith("\uFEFF").endsWith("\r\n");
        assertThat(text.split("\r\n", -1))
                .as("rows end in CR LF, as spreadsheets on Windows expect")
                .hasSize(4);
        List<List<String>> rows = parse(text);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(rows.get(0))
                .containsExactly(
                        "Kan helpen",
                        "Zou hulp krijgen",
                        "Waarmee",
                        "Soort steun",
                        "Waarom het past",
                        "Koppel of idee",
                        "Aanbod van de helper");
        assertThat(rows.get(1)).startsWith("Amina", "Joost", "Oppassen");
        assertThat(rows.get(2))
                .containsExactly("", "Piet", "Een luisterend oor", "Een luisterend oor", "nog open", "", "");
    }

    @Test
    void arabicAndEmojiNamesArriveIntactAndWhatParentsTypedCannotBecomeAFormula() {
        Meeting meeting = given.evening("csv-facilitator", "Buurtavond");
        // What a parent can type: spaces before a formula are stripped by the app, so the formula is defused all the
        // same.
        Joined helper = given.join(meeting, "  =HYPERLINK(\"http://x\")");
        Joined receiver = given.join(meeting, "أمينة 👩‍👧");
        Joined other = given.join(meeting, "@Mo;\"x\"");
        add(helper, Direction.OFFER, Topic.BABYSITTING, null);
        add(receiver, Direction.REQUEST, Topic.BABYSITTING, null);
        given.add(
                other,
                new SupportDraft(
                        Direction.REQUEST,
                        SupportKind.EMOTIONAL,
                        Topic.OTHER,
                        "-1+1 fietsen; \"repareren\"",
                        Set.of(),
                        null,
                        null));

        byte[] file = SummaryExports.csv(new Div(), summaries.summary(meeting.id()));
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parse(text);

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(rows.get(1)).startsWith("'=HYPERLINK(\"http://x\")", "أمينة 👩‍👧", "Oppassen");
        assertThat(rows.get(2)).startsWith("", "'@Mo;\"x\"", "'-1+1 fietsen; \"repareren\"");
        assertThat(rows)
                .allSatisfy(row ->
                        assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
        // The emoji family (a zero-width joiner sequence) is one unbroken sequence of bytes in UTF-8.
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("أمينة 👩‍👧");
    }

    private void add(Joined parent, Direction direction, Topic topic, String otherTopic) {
        given.add(parent, new SupportDraft(direction, null, topic, otherTopic, Set.of(), null, null));
    }

    /** Reads semicolon CSV as a spreadsheet does: quoted cells, "" for a quote, separators and line breaks inside quotes kept. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
