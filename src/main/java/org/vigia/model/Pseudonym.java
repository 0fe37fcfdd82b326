package org.vigia.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * How a victim's name shows until someone allowed to reveals it: the initials and a short code
 * derived from the person's id ("Y.O. · 7KQ2M9"). The code is the same on every screen and
 * printout of the office, reveals nothing of the name, and lets people talk about the same victim.
 */
public final class Pseudonym {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
    private static final int CODE_LENGTH = 6;

    private Pseudonym() {
    }

    /** The pseudonym of the person {@code personId} named {@code given} {@code family}. */
    public static String of(UUID personId, String given, String family) {
        String initials = initial(given) + initial(family);
        return initials.isEmpty() ? code(personId) : initials + " · " + code(personId);
    }

    /** The short code of {@code personId}: six Crockford base-32 characters of its SHA-256. */
    public static String code(UUID personId) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest(personId.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 4; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = CODE_LENGTH - 1; i >= 0; i--) {
            sb.append(ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
        }
        return sb.toString();
    }

    private static String initial(String names) {
        if (names == null || names.isBlank()) {
            return "";
        }
        String first = Normalizer.normalize(names.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        int cp = first.codePointAt(0);
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT) + ".";
    }
}
