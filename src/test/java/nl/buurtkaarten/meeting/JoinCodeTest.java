package nl.buurtkaarten.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedCodesAreWellFormedNineCharactersFromTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.generate(random);
            assertThat(code).hasSize(9);
            assertThat(JoinCode.isWellFormed(code)).as(code).isTrue();
            assertThat(code.chars()).allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0);
        }
        assertThat(JoinCode.LENGTH).isEqualTo(9);
    }

    @Test
    void theAlphabetHasNoLookAlikes() {
        for (char lookAlike : "0OQ1IL2Z5S8BUV".toCharArray()) {
            assertThat(JoinCode.ALPHABET).as("look-alike %s", lookAlike).doesNotContain(String.valueOf(lookAlike));
        }
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(JoinCode.ALPHABET.length());
    }

    @Test
    void codesAreStrongEnough() {
        assertThat(JoinCode.bits()).isGreaterThanOrEqualTo(40.0);
    }

    @Test
    void whatPeopleTypeIsNormalised() {
        assertThat(JoinCode.normalise(" abc-def ghj ")).isEqualTo("ABCDEFGHJ");
        assertThat(JoinCode.normalise(null)).isEmpty();
    }

    @Test
    void codesAreShownInGroupsOfThree() {
        assertThat(JoinCode.format("ACDEFGHJK")).isEqualTo("ACD-EFG-HJK");
    }

    @Test
    void wrongCodesAreNotWellFormed() {
        assertThat(JoinCode.isWellFormed("ACDEFGHJ")).isFalse();
        assertThat(JoinCode.isWellFormed("ACDEFGHJKM")).isFalse();
        assertThat(JoinCode.isWellFormed("ACDEFGHJ0")).isFalse();
        assertThat(JoinCode.isWellFormed("acdefghjk")).isFalse();
    }

    @Test
    void tenThousandCodesHaveNoDuplicates() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(JoinCode.generate(random));
        }
        assertThat(codes).hasSize(10_000);
    }
}
