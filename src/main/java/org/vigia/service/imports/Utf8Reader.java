package org.vigia.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: a byte sequence that is not UTF-8 (a Latin-1 or Windows-1252 file)
 * stops the reading with the line it is on, instead of turning into replacement characters. A
 * byte order mark at the start is skipped. Counts the bytes read (for progress).
 */
public final class Utf8Reader extends Reader {
    /** The file is not UTF-8 at {@code line}. */
    public static final class NotUtf8Exception extends IOException {
        public final long line;

        NotUtf8Exception(long line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private long line = 1;
    private long bytesRead;
    private boolean eof;
    private boolean finished;
    private boolean started;

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** Bytes of the file decoded so far. */
    public long bytesRead() {
        return bytesRead - bytes.remaining();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        if (!started) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining() && !fill()) {
                    return -1;
                }
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        line += newlines(buf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !finished) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                throw new NotUtf8Exception(line + newlines(chars.array(), 0, chars.position()));
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(chars);
                    finished = true;
                } else {
                    readMore();
                }
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readMore() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    private static int newlines(char[] buf, int off, int len) {
        int n = 0;
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
