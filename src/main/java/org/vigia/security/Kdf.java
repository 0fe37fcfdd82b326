package org.vigia.security;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password-based key derivation: PBKDF2 with HMAC-SHA256, a 16-byte random salt and a 32-byte
 * output. Passwords are NFC-normalised first, so the same password typed on two keyboards that
 * compose accents differently gives the same key.
 */
public final class Kdf {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int STANDARD_ITERATIONS = 600_000;
    /** Upper bound for an iteration count read from a file (a larger one is a denial of service). */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int SALT_BYTES = 16;
    public static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Iterations run so far by this JVM: lets tests prove that two paths do the same work (no timing). */
    static final AtomicLong WORK = new AtomicLong();
    private final int iterations;

    /** A KDF with the given cost; tests use a small one (e.g. 1,000), the app {@link #standard()}. */
    public Kdf(int iterations) {
        if (!acceptableIterations(iterations)) {
            throw new IllegalArgumentException("iterations must be within 1.." + MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    public static Kdf standard() {
        return new Kdf(STANDARD_ITERATIONS);
    }

    public static boolean acceptableIterations(long iterations) {
        return iterations >= 1 && iterations <= MAX_ITERATIONS;
    }

    public int iterations() {
        return iterations;
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Derives a 32-byte key with this KDF's iteration count. */
    public byte[] derive(char[] password, byte[] salt) {
        return derive(password, salt, iterations);
    }

    /** Derives a 32-byte key with the given iteration count (e.g. the one stored with a key slot). */
    public static byte[] derive(char[] password, byte[] salt, int iterations) {
        if (!acceptableIterations(iterations)) {
            throw new IllegalArgumentException("iterations must be within 1.." + MAX_ITERATIONS);
        }
        char[] normalised = nfc(password);
        PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, KEY_BYTES * 8);
        try {
            WORK.addAndGet(iterations);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /**
     * The NFC form of a password: the array itself when it is already normalised (no copy), else
     * a new array (the caller clears it). Normalizer works on Strings, so a password that needs
     * normalising briefly exists as an immutable String.
     */
    static char[] nfc(char[] password) {
        CharBuffer view = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(view, Normalizer.Form.NFC)) {
            return password;
        }
        return Normalizer.normalize(view, Normalizer.Form.NFC).toCharArray();
    }
}
