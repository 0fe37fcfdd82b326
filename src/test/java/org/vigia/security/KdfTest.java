package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KdfTest {
    private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    void standardCostIsAtLeast600000IterationsAndReallyUsed() {
        assertThat(Kdf.STANDARD_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(Kdf.standard().iterations()).isEqualTo(Kdf.STANDARD_ITERATIONS);

        byte[] standard = Kdf.standard().derive("correct horse battery".toCharArray(), SALT); // the one slow derivation
        byte[] cheap = new Kdf(1_000).derive("correct horse battery".toCharArray(), SALT);
        assertThat(standard).hasSize(32).isNotEqualTo(cheap);
    }

    @Test
    void knownAnswerOfPbkdf2HmacSha256() {
        // RFC 7914 section 11 test vector: P="passwd", S="salt", c=1, dkLen=64 (first 32 bytes)
        byte[] key = Kdf.derive("passwd".toCharArray(), "salt".getBytes(), 1);
        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void sameInputsSameKeyOtherSaltOtherKey() {
        Kdf kdf = new Kdf(1_000);
        byte[] a = kdf.derive("a long passphrase".toCharArray(), SALT);
        assertThat(kdf.derive("a long passphrase".toCharArray(), SALT)).isEqualTo(a);
        assertThat(kdf.derive("a long passphrase".toCharArray(), Kdf.newSalt())).isNotEqualTo(a);
        assertThat(kdf.derive("a long passphrasf".toCharArray(), SALT)).isNotEqualTo(a);
    }

    @Test
    void passwordsAreNfcNormalised() {
        Kdf kdf = new Kdf(1_000);
        char[] composed = "contraseña segura".toCharArray();          // n with tilde as one char U+00F1
        char[] decomposed = "contrasen\u0303a segura".toCharArray();  // n + combining tilde U+0303
        assertThat(kdf.derive(decomposed, SALT)).isEqualTo(kdf.derive(composed, SALT));
        assertThat(decomposed).as("the caller's array is not changed").containsExactly("contrasen\u0303a segura".toCharArray());
    }

    @Test
    void emptyPasswordDerivesWithoutError() {
        assertThat(new Kdf(1_000).derive(new char[0], SALT)).hasSize(32);
    }

    @Test
    void iterationCountsOutsideTheAllowedRangeAreRefused() {
        assertThatThrownBy(() -> new Kdf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kdf(Kdf.MAX_ITERATIONS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kdf.derive("x".toCharArray(), SALT, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Kdf(Kdf.MAX_ITERATIONS).iterations()).isEqualTo(10_000_000);
        assertThat(Kdf.newSalt()).hasSize(16).isNotEqualTo(Kdf.newSalt());
    }
}
