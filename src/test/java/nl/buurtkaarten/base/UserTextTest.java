package nl.buurtkaarten.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void namesAreNormalisedAndLoseControlsAndDirectionOverrides() {
        assertThat(UserText.line("  \uFF33\uFF21\uFF32\uFF21  ", "x")).isEqualTo("SARA");
        assertThat(UserText.line("Sa\u0301ra", "x")).isEqualTo("S\u00E1ra");
        assertThat(UserText.line("an\u202Ena\u2066", "x")).isEqualTo("anna");
        assertThat(UserText.line("Lin\u200Bda\u0000", "x")).isEqualTo("Linda");
        assertThat(UserText.line("Anna\t\n de  Vries", "x")).isEqualTo("Anna de Vries");
    }

    @Test
    void emojiSequencesAndJoinersStayWhole() {
        String family = "Sara \uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(UserText.line(family, "x")).isEqualTo(family);
        assertThat(UserText.length("\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(3);
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertThat(UserText.line(persian, "x")).isEqualTo(persian);
    }

    @Test
    void longerTextKeepsItsLineBreaksButNotEmptyRuns() {
        assertThat(UserText.text("Eerste regel  \r\n\r\n\r\n\r\nTweede\u0007 regel ", "x"))
                .isEqualTo("Eerste regel\n\nTweede regel");
    }

    @Test
    void textThatShowsNothingIsRefusedWithTheCallersKey() {
        for (String invisible :
                new String[] {"", "   ", "\u200B\u200C\u200D", "\uFEFF", "\u3164", "\u2800", "\u0301", "\u202E"}) {
            assertThatThrownBy(() -> UserText.line(invisible, "my.key"))
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("my.key"));
            assertThat(UserText.isVisible(invisible))
                    .as("visible: %s", invisible.codePoints().boxed().toList())
                    .isFalse();
        }
        assertThat(UserText.isVisible("\uD83D\uDE00")).isTrue();
        assertThat(UserText.isVisible("\u0641")).isTrue();
    }

    @Test
    void lookAlikeNamesShareASkeletonAndDifferentNamesDoNot() {
        String sara = UserText.skeleton("Sara");
        assertThat(UserText.skeleton("SARA")).isEqualTo(sara);
        assertThat(UserText.skeleton("\u0405\u0430r\u0430")).isEqualTo(sara);
        assertThat(UserText.skeleton("Sa\u200Bra")).isEqualTo(sara);
        assertThat(UserText.skeleton("\uFF33\uFF41\uFF52\uFF41")).isEqualTo(sara);
        assertThat(UserText.skeleton("Sarah")).isNotEqualTo(sara);
        assertThat(UserText.skeleton("Sam")).isNotEqualTo(sara);
        assertThat(UserText.skeleton("\u0641\u0627\u0637\u0645\u0629"))
                .isNotEqualTo(UserText.skeleton("\u0645\u062D\u0645\u062F"));
    }

    @Test
    void isolationWrapsTextInFirstStrongIsolateMarks() {
        assertThat(UserText.isolate("\u0641\u0627\u0637\u0645\u0629"))
                .startsWith("\u2068")
                .endsWith("\u2069");
    }
}
