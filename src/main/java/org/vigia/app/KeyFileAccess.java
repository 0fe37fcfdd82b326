package org.vigia.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.vigia.security.Kdf;
import org.vigia.security.KeyFile;
import org.vigia.security.KeyFileException;

/**
 * Every use of a key file reads it afresh and runs under a lock (one per file in this process,
 * and an operating-system lock on vigia.keys.lock between processes): the app that is open and a
 * command line run beside it then count the same failed attempts and keep each other's changes.
 */
public final class KeyFileAccess {
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private final Path file;
    private final Kdf kdf;
    private final Clock clock;

    public KeyFileAccess(Path file, Kdf kdf, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.kdf = kdf;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Creates the key file (refused when one exists) and runs {@code op} on it. */
    public <T> T create(Function<KeyFile, T> op) {
        return locked(() -> op.apply(KeyFile.create(file, kdf, clock)));
    }

    /** Reads the key file as it is now on disk and runs {@code op} on it (its changes save themselves). */
    public <T> T update(Function<KeyFile, T> op) {
        return locked(() -> op.apply(KeyFile.load(file, kdf, clock)));
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        ReentrantLock inProcess = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new KeyFileException(KeyFileException.Kind.UNWRITABLE, e);
        } finally {
            inProcess.unlock();
        }
    }
}
