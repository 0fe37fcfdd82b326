package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryKeyTest {

    @Test
    void generatedKeysAre32RandomBytesShownAs16GroupsOf4HexDigits() {
        RecoveryKey key = RecoveryKey.generate();
        assertThat(key.bytes()).hasSize(32);
        assertThat(key.display()).matches("[0-9A-F]{4}(-[0-9A-F]{4}){15}");
        assertThat(RecoveryKey.generate().bytes()).isNotEqualTo(key.bytes());
    }

    @Test
    void displayAndParseRoundTrip() {
        RecoveryKey key = RecoveryKey.generate();
        assertThat(RecoveryKey.parse(key.display())).isEqualTo(key);
        assertThat(RecoveryKey.parse(key.display()).bytes()).isEqualTo(key.bytes());
    }

    @Test
    void parseToleratesLowerCaseSpacesAndMissingDashes() {
        RecoveryKey key = RecoveryKey.generate();
        String display = key.display();
        assertThat(RecoveryKey.parse(display.toLowerCase())).isEqualTo(key);
        assertThat(RecoveryKey.parse(display.replace("-", ""))).isEqualTo(key);
        assertThat(RecoveryKey.parse(display.replace("-", " "))).isEqualTo(key);
        assertThat(RecoveryKey.parse("  " + display.replace("-", " - ").toLowerCase() + "\n")).isEqualTo(key);
    }

    @Test
    void aKnownKeyDisplaysExactly() {
        RecoveryKey key = RecoveryKey.parse("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        assertThat(key.display()).isEqualTo(
                "0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEFF");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "----",
            "0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEF",       // 63 digits
            "0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0",    // 65 digits
            "0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEFG",      // G
            "0011_2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEFF",      // underscore
            "\uFF10011-2233-4455-6677-8899-AABB-CCDD-EEFF-0011-2233-4455-6677-8899-AABB-CCDD-EEFF"}) // full-width 0
    void malformedTextIsRefusedWithAMessageKeyAndWithoutEchoingIt(String text) {
        assertThatThrownBy(() -> RecoveryKey.parse(text))
                .isInstanceOf(MalformedRecoveryKeyException.class)
                .hasMessage("recovery.malformed")
                .satisfies(e -> assertThat(((MalformedRecoveryKeyException) e).key()).isEqualTo("recovery.malformed"));
    }

    @Test
    void toStringNeverShowsTheKeyAndBytesAreACopy() {
        RecoveryKey key = RecoveryKey.generate();
        assertThat(key.toString()).doesNotContain(key.display()).doesNotContain(key.display().substring(0, 4));
        byte[] copy = key.bytes();
        copy[0] ^= 1;
        assertThat(key.bytes()).isNotEqualTo(copy);
    }
}
