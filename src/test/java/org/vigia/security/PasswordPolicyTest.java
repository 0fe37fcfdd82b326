package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static java.util.List<String> check(String password, String name) {
        return PasswordPolicy.check(password.toCharArray(), name);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(check("tortuga-azul-bajo-la-lluvia", "mgarcia")).isEmpty();
        assertThat(check("ñandú camina 12", "ana")).isEmpty();
    }

    @Test
    void emptyIsRefusedWithOneMessage() {
        assertThat(check("", "mgarcia")).containsExactly("password.empty");
        assertThat(PasswordPolicy.check(null, "mgarcia")).containsExactly("password.empty");
    }

    @Test
    void shorterThan12CodePointsIsTooShort() {
        assertThat(check("Kp4!zq-Rw7x", "mgarcia")).containsExactly("password.tooShort"); // 11
        assertThat(check("Kp4!zq-Rw7xy", "mgarcia")).isEmpty();                           // 12
        // 11 emoji are 22 UTF-16 chars but only 11 code points
        assertThat(check("\uD83D\uDE00".repeat(11), "mgarcia")).containsExactly("password.tooShort");
        assertThat(check("\uD83D\uDE00".repeat(12), "mgarcia")).isEmpty();
        // 11 letters written as letter + combining accent are 11 characters once NFC-normalised
        assertThat(check("e\u0301".repeat(11), "mgarcia")).containsExactly("password.tooShort");
    }

    @Test
    void longerThan256IsTooLong() {
        assertThat(check("k".repeat(255) + "q", "mgarcia")).isEmpty();
        assertThat(check("k".repeat(256) + "q", "mgarcia")).containsExactly("password.tooLong");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(check("tortuga azul\tverde", "mgarcia")).containsExactly("password.control");
        assertThat(check("tortuga azul\nverde", "mgarcia")).containsExactly("password.control");
        assertThat(check("tortuga azul\u0000verde", "mgarcia")).containsExactly("password.control");
    }

    @Test
    void theUserNameIsRefusedAloneOrInsideCaseInsensitively() {
        assertThat(check("MariaGarcia2024", "mariagarcia2024")).containsExactly("password.containsName");
        assertThat(check("my name is MGarcia, ok?", "mgarcia")).containsExactly("password.containsName");
        assertThat(check("tortuga-azul-bajo", " MGARCIA ")).isEmpty();
        // a very short name is refused only as the whole password
        assertThat(check("la tortuga azul", "la")).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertThat(check("qwerty123456", "mgarcia")).containsExactly("password.common");
        assertThat(check("QWERTY123456", "mgarcia")).containsExactly("password.common");
        assertThat(check("LeaveMeAlone", "mgarcia")).containsExactly("password.common");
        assertThat(check("password", "mgarcia")).containsExactly("password.tooShort", "password.common");
    }

    @Test
    void severalProblemsAreAllReported() {
        assertThat(check("ana\t", "ana")).containsExactly("password.tooShort", "password.control", "password.containsName");
    }

    @Test
    void theShippedListIsARealListOfAtLeast10000Passwords() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("License", "zxcvbn");
            long entries = text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            assertThat(entries).isGreaterThanOrEqualTo(10_000);
        }
        assertThat(PasswordPolicy.CommonPasswords.SET).hasSizeGreaterThanOrEqualTo(10_000)
                .contains("123456", "password", "iloveyou", "qwerty123456");
    }
}
