package org.vigia.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.vigia.security.KeyFileData.KdfParams;
import org.vigia.security.KeyFileData.Slot;

/** AES-256-GCM wrapping of the data key, and the HMAC tags that stand for user names. */
final class SlotCrypto {
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SlotCrypto() {
    }

    /** Binds a slot to its owner and to the file format version: a slot moved elsewhere does not open. */
    static byte[] aad(UUID userId) {
        String owner = userId == null ? "recovery" : "user/" + userId;
        return (KeyFileData.FORMAT + "/v" + KeyFileData.VERSION + "/" + owner).getBytes(StandardCharsets.UTF_8);
    }

    static Slot wrap(UUID userId, String tag, KdfParams kdf, byte[] kek, byte[] dataKey) {
        byte[] nonce = new byte[KeyFileData.NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance(AES_GCM);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(userId));
            return new Slot(userId, tag, kdf, nonce, c.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** The data key, or null when the key, the slot bytes or the slot's owner do not match. */
    static byte[] unwrap(Slot slot, byte[] kek) {
        try {
            Cipher c = Cipher.getInstance(AES_GCM);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, slot.nonce()));
            c.updateAAD(aad(slot.userId()));
            return c.doFinal(slot.wrapped());
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** Base64(HMAC-SHA256(lookupSalt, NFC lower-case trimmed name)). */
    static String tag(byte[] lookupSalt, String userName) {
        String name = Normalizer.normalize(userName == null ? "" : userName.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(lookupSalt, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    static void clear(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
