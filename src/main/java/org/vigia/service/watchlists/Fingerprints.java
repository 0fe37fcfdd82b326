package org.vigia.service.watchlists;

import java.nio.charset.StandardCharsets;

/**
 * The rows seen in a file, by a 64-bit fingerprint of each row's identity, with the line of the
 * first: finds duplicate rows of a million-row file in a few megabytes (two arrays, no objects
 * per row). Two different rows share a fingerprint with odds of about 1 in 10^7 at a million rows.
 */
final class Fingerprints {
    private long[] keys = new long[1 << 14];
    private long[] lines = new long[1 << 14];
    private int size;

    /** Records {@code identity} seen on {@code line}; returns the line of an earlier identical row, or 0. */
    long firstLine(String identity, long line) {
        long key = fingerprint(identity);
        if (key == 0) {
            key = 1;
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = key;
                lines[i] = line;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            if (keys[i] == key) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    /** FNV-1a over the UTF-8 bytes, 64 bits, then a final mix. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h;
    }
}
