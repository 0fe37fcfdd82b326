package org.vigia.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The row count and an order-independent digest of every table (Flyway's history aside): two
 * databases with equal fingerprints hold the same rows. Used to check an encrypted copy.
 */
public record DbFingerprint(Map<String, Long> counts, Map<String, Long> digests) {
    public static DbFingerprint of(DSLContext dsl) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> digests = new TreeMap<>();
        for (Table<?> table : dsl.meta().getSchemas("PUBLIC").get(0).getTables()) {
            String name = table.getName();
            if (name.equalsIgnoreCase("flyway_schema_history")) {
                continue;
            }
            long count = 0;
            long digest = 0;
            try (var cursor = dsl.selectFrom(table).fetchSize(1_000).fetchLazy()) {
                for (Record r : cursor) {
                    count++;
                    digest += rowHash(r); // a sum: the order rows come in does not matter
                }
            }
            counts.put(name, count);
            digests.put(name, digest);
        }
        return new DbFingerprint(counts, digests);
    }

    /** Rows in all tables. */
    public long rows() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long rowHash(Record r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object v : r.intoArray()) {
                String s = v instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(v);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
                sha.update(b);
            }
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
