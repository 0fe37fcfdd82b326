package org.vigia.service.evidence;

import static org.vigia.db.schema.Tables.EVIDENCE_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.EvidenceFileRecord;
import org.vigia.model.Limits;
import org.vigia.model.VigiaException;

/**
 * The content of evidence files, streamed in and out of the database's BLOBs (inside the
 * encrypted database file) through a fixed buffer: a file is never held whole on the heap and
 * never written anywhere else. The SHA-256 is computed while the bytes pass.
 */
final class EvidenceStore {
    private static final int BUFFER = 64 * 1024;
    private static final String INSERT = "INSERT INTO EVIDENCE_FILE (ID, SITE_ID, VERSION, CREATED_AT, CREATED_BY,"
            + " UPDATED_AT, UPDATED_BY, SEIZURE_ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, CONTENT)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTENT = "SELECT CONTENT FROM EVIDENCE_FILE WHERE ID = ?";

    private EvidenceStore() {
    }

    /**
     * Copies {@code in} into a new BLOB while hashing it, then inserts the row {@code r} (its
     * stamps and metadata set, size and hash filled here). Refuses an empty stream and one longer
     * than {@link Limits#EVIDENCE_FILE_BYTES}; the caller's transaction then stores nothing.
     */
    static void insert(DSLContext tx, EvidenceFileRecord r, InputStream in) {
        tx.connection(c -> {
            MessageDigest md = sha256();
            Blob blob = c.createBlob();
            long size;
            try (OutputStream out = blob.setBinaryStream(1)) {
                size = copy(new DigestInputStream(in, md), out, Limits.EVIDENCE_FILE_BYTES);
            } catch (IOException | RuntimeException e) {
                blob.free(); // the bytes copied so far go at once, not at the end of the session
                throw e instanceof VigiaException v ? v : new VigiaException("error.evidence.read", e);
            }
            if (size == 0) {
                blob.free();
                throw new VigiaException("error.evidence.empty");
            }
            r.setSizeBytes(size);
            r.setSha256(HexFormat.of().formatHex(md.digest()));
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, r.getId());
                ps.setObject(2, r.getSiteId());
                ps.setInt(3, r.getVersion());
                ps.setObject(4, r.getCreatedAt());
                ps.setString(5, r.getCreatedBy());
                ps.setObject(6, r.getUpdatedAt());
                ps.setString(7, r.getUpdatedBy());
                ps.setObject(8, r.getSeizureId());
                ps.setString(9, r.getFileName());
                ps.setString(10, r.getMediaType());
                ps.setLong(11, size);
                ps.setString(12, r.getSha256());
                ps.setBlob(13, blob);
                ps.executeUpdate();
            }
        });
    }

    /** Streams the stored content of file {@code id} to {@code out}; returns its SHA-256 (hex). */
    static String copyOut(DSLContext tx, UUID id, OutputStream out) {
        String[] hex = new String[1];
        tx.connection(c -> hex[0] = read(c, id, out));
        return hex[0];
    }

    /** The SHA-256 (hex) of the stored content of file {@code id}, read again from the database. */
    static String rehash(DSLContext tx, UUID id) {
        return copyOut(tx, id, OutputStream.nullOutputStream());
    }

    private static String read(Connection c, UUID id, OutputStream out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CONTENT)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new VigiaException("error.evidence.notFound");
                }
                MessageDigest md = sha256();
                try (InputStream in = new DigestInputStream(rs.getBinaryStream(1), md)) {
                    copy(in, out, Long.MAX_VALUE);
                } catch (IOException e) {
                    throw new VigiaException("error.evidence.write", e);
                }
                return HexFormat.of().formatHex(md.digest());
            }
        }
    }

    /** Copies at most {@code max} bytes; refuses a longer stream as too large. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > max) {
                throw new VigiaException("error.evidence.tooLarge", max / (1024 * 1024));
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    /** The metadata columns (never the content). */
    static org.jooq.SelectField<?>[] metadata() {
        return new org.jooq.SelectField<?>[] {EVIDENCE_FILE.ID, EVIDENCE_FILE.SEIZURE_ID, EVIDENCE_FILE.FILE_NAME,
                EVIDENCE_FILE.MEDIA_TYPE, EVIDENCE_FILE.SIZE_BYTES, EVIDENCE_FILE.SHA256, EVIDENCE_FILE.CREATED_AT,
                EVIDENCE_FILE.CREATED_BY};
    }
}
