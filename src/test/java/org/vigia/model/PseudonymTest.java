package org.vigia.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymTest {
    private static final UUID ID = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");

    @Test
    void initialsAndAStableCodeWithoutTheName() {
        String p = Pseudonym.of(ID, "Yuliana", "Ortiz Beltrán");
        assertThat(p).matches("Y\\.O\\. · [0-9A-HJKMNP-TV-Z]{6}");
        assertThat(p).doesNotContain("uliana").doesNotContain("rtiz");
        assertThat(Pseudonym.of(ID, "Yuliana", "Ortiz Beltrán")).isEqualTo(p);
        assertThat(p).endsWith(Pseudonym.code(ID));
    }

    @Test
    void accentsAndLowerCaseInitialsAreFolded() {
        assertThat(Pseudonym.of(ID, "élena", "ñañez")).startsWith("E.N. · ");
    }

    @Test
    void noNameGivesTheCodeAlone() {
        assertThat(Pseudonym.of(ID, " ", null)).isEqualTo(Pseudonym.code(ID));
        assertThat(Pseudonym.of(ID, "", "Quispe")).isEqualTo("Q. · " + Pseudonym.code(ID));
    }

    @Test
    void codesOfDifferentPeopleDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(Pseudonym.code(UUID.randomUUID()));
        }
        assertThat(codes).hasSizeGreaterThan(9_990);
    }
}
