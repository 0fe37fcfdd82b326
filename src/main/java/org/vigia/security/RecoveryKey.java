package org.vigia.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A random 256-bit recovery key, shown once to the administrator as 16 groups of 4 hexadecimal
 * digits ({@code 1A2B-3C4D-...}). {@link #toString()} never shows it, so a log line cannot leak it.
 */
public final class RecoveryKey {
    public static final int BYTES = 32;
    private static final int GROUP = 4;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private RecoveryKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static RecoveryKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new RecoveryKey(b);
    }

    /** Accepts upper or lower case, with or without dashes and white space between digits. */
    public static RecoveryKey parse(String text) {
        if (text == null) {
            throw new MalformedRecoveryKeyException();
        }
        StringBuilder digits = new StringBuilder(BYTES * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (Character.digit(c, 16) < 0 || c > 'f') {
                throw new MalformedRecoveryKeyException();
            }
            digits.append(c);
        }
        if (digits.length() != BYTES * 2) {
            throw new MalformedRecoveryKeyException();
        }
        return new RecoveryKey(HexFormat.of().parseHex(digits));
    }

    /** A copy of the 32 key bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key as 16 groups of 4 upper-case hexadecimal digits separated by '-'. */
    public String display() {
        String hex = HEX.formatHex(bytes);
        StringBuilder sb = new StringBuilder(hex.length() + hex.length() / GROUP);
        for (int i = 0; i < hex.length(); i += GROUP) {
            if (i > 0) {
                sb.append('-');
            }
            sb.append(hex, i, i + GROUP);
        }
        return sb.toString();
    }

    /** Overwrites the key bytes held by this object. */
    public void clear() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecoveryKey other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 0; // no hash derived from secret bytes
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
