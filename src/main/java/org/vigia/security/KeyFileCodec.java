package org.vigia.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vigia.security.KeyFileData.KdfParams;
import org.vigia.security.KeyFileData.Lockout;
import org.vigia.security.KeyFileData.Slot;
import org.vigia.security.KeyFileException.Kind;

/**
 * The JSON form of a key file. Reading is strict: anything unexpected is {@link Kind#DAMAGED}
 * (or {@link Kind#NEWER_FORMAT} for a higher version), never another exception.
 */
final class KeyFileCodec {
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    private static final int TAG_CHARS = 44; // Base64 of 32 bytes
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private KeyFileCodec() {
    }

    static byte[] encode(KeyFileData d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", KeyFileData.FORMAT);
        root.put("version", KeyFileData.VERSION);
        root.put("lookupSalt", B64.encodeToString(d.lookupSalt()));
        ArrayNode slots = root.putArray("slots");
        for (Slot s : d.slots()) {
            ObjectNode n = slots.addObject();
            n.put("userId", s.userId() == null ? null : s.userId().toString());
            n.put("tag", s.tag());
            ObjectNode kdf = n.putObject("kdf");
            kdf.put("alg", s.kdf().alg());
            if (!s.isRecovery()) {
                kdf.put("iterations", s.kdf().iterations());
                kdf.put("salt", B64.encodeToString(s.kdf().salt()));
            }
            n.put("nonce", B64.encodeToString(s.nonce()));
            n.put("wrapped", B64.encodeToString(s.wrapped()));
        }
        ArrayNode lockouts = root.putArray("lockouts");
        for (Lockout l : d.lockouts()) {
            ObjectNode n = lockouts.addObject();
            n.put("tag", l.tag());
            n.put("failures", l.failures());
            n.put("lockedUntil", l.lockedUntil() == null ? null : l.lockedUntil().toString());
        }
        ArrayNode events = root.putArray("pendingEvents");
        for (PendingEvent e : d.events()) {
            ObjectNode n = events.addObject();
            n.put("at", e.at().toString());
            n.put("action", e.action());
            n.put("userId", e.userId() == null ? null : e.userId().toString());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyFileData decode(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw damaged(null);
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject() || !KeyFileData.FORMAT.equals(text(root, "format"))) {
                throw damaged(null);
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
                throw damaged(null);
            }
            if (version.asLong() > KeyFileData.VERSION) {
                throw new KeyFileException(Kind.NEWER_FORMAT);
            }
            byte[] lookupSalt = bytes(root, "lookupSalt", KeyFileData.LOOKUP_SALT_BYTES);
            List<Slot> slots = new ArrayList<>();
            Set<Object> seen = new HashSet<>();
            for (JsonNode n : array(root, "slots")) {
                Slot s = slot(n);
                if (!seen.add(s.tag()) || (s.userId() != null && !seen.add(s.userId()))) {
                    throw damaged(null);
                }
                slots.add(s);
            }
            List<Lockout> lockouts = new ArrayList<>();
            for (JsonNode n : array(root, "lockouts")) {
                lockouts.add(new Lockout(tag(n), count(n, "failures"), optionalInstant(n, "lockedUntil")));
            }
            List<PendingEvent> events = new ArrayList<>();
            for (JsonNode n : array(root, "pendingEvents")) {
                String action = text(n, "action");
                if (!PendingEvent.ACTIONS.contains(action)) {
                    throw damaged(null);
                }
                events.add(new PendingEvent(instant(n, "at"), action, optionalUuid(n, "userId")));
            }
            return new KeyFileData(lookupSalt, slots, lockouts, events);
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeyFileException k) {
                throw k;
            }
            throw damaged(e);
        }
    }

    private static Slot slot(JsonNode n) {
        UUID userId = optionalUuid(n, "userId");
        String tag = userId == null ? text(n, "tag") : tag(n);
        JsonNode kdfNode = object(n, "kdf");
        String alg = text(kdfNode, "alg");
        KdfParams kdf;
        if (userId == null) {
            if (!KeyFileData.RECOVERY_TAG.equals(tag) || !KeyFileData.ALG_NONE.equals(alg)) {
                throw damaged(null);
            }
            kdf = new KdfParams(alg, 0, new byte[0]);
        } else {
            long iterations = count(kdfNode, "iterations");
            if (!Kdf.ALGORITHM.equals(alg) || !Kdf.acceptableIterations(iterations)) {
                throw damaged(null);
            }
            kdf = new KdfParams(alg, (int) iterations, bytes(kdfNode, "salt", Kdf.SALT_BYTES));
        }
        return new Slot(userId, tag, kdf, bytes(n, "nonce", KeyFileData.NONCE_BYTES),
                bytes(n, "wrapped", KeyFileData.WRAPPED_BYTES));
    }

    private static KeyFileException damaged(Throwable cause) {
        return new KeyFileException(Kind.DAMAGED, cause);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw damaged(null);
        }
        return v.textValue();
    }

    private static String tag(JsonNode n) {
        String tag = text(n, "tag");
        if (!tag.equals(KeyFileData.RECOVERY_TAG) && (tag.length() != TAG_CHARS || decode(tag).length != 32)) {
            throw damaged(null);
        }
        return tag;
    }

    private static int count(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw damaged(null);
        }
        return v.intValue();
    }

    private static byte[] bytes(JsonNode n, String field, int length) {
        byte[] b = decode(text(n, field));
        if (b.length != length) {
            throw damaged(null);
        }
        return b;
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64); // IllegalArgumentException -> DAMAGED in decode()
    }

    private static JsonNode object(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw damaged(null);
        }
        return v;
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw damaged(null);
        }
        for (JsonNode element : v) {
            if (!element.isObject()) {
                throw damaged(null);
            }
        }
        return v;
    }

    private static Instant instant(JsonNode n, String field) {
        return Instant.parse(text(n, field)); // DateTimeParseException -> DAMAGED in decode()
    }

    private static Instant optionalInstant(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : instant(n, field);
    }

    private static UUID optionalUuid(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = text(n, field);
        UUID id = UUID.fromString(s);
        if (!id.toString().equals(s)) { // UUID.fromString accepts short forms such as "1-2-3-4-5"
            throw damaged(null);
        }
        return id;
    }
}
