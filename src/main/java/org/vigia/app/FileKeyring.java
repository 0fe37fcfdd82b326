package org.vigia.app;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.vigia.security.KeyFile;
import org.vigia.security.Unlock;
import org.vigia.service.access.Keyring;

/**
 * The key slots of an open database: its key file (read afresh for every use, see
 * {@link KeyFileAccess}) and, in memory only, its data key.
 */
public final class FileKeyring implements Keyring {
    private final KeyFileAccess file;
    private final byte[] dataKey;

    public FileKeyring(KeyFileAccess file, byte[] dataKey) {
        this.file = file;
        this.dataKey = Arrays.copyOf(dataKey, dataKey.length);
    }

    @Override
    public synchronized void setPassword(UUID userId, String userName, char[] password) {
        file.update(k -> {
            k.addUserSlot(userId, userName, password, dataKey);
            return null;
        });
    }

    @Override
    public synchronized void remove(UUID userId) {
        file.update(k -> {
            k.removeUserSlot(userId);
            return null;
        });
    }

    @Override
    public synchronized void rename(UUID userId, String newUserName) {
        file.update(k -> {
            k.renameUser(userId, newUserName);
            return null;
        });
    }

    @Override
    public synchronized Check check(String userName, char[] password) {
        var result = file.update(k -> k.unlock(userName, password));
        if (result instanceof Unlock.Opened o) {
            Arrays.fill(o.dataKey(), (byte) 0);
            return new Opened(o.userId());
        }
        if (result instanceof Unlock.Locked l) {
            return new Locked(l.until());
        }
        return new Refused();
    }

    @Override
    public synchronized void clearLock(UUID userId) {
        file.update(k -> {
            k.clearLock(userId);
            return null;
        });
    }

    @Override
    public synchronized List<Pending> pending() {
        return file.update(KeyFile::pendingEvents).stream().map(p -> new Pending(p.at(),
                p.action().toUpperCase(java.util.Locale.ROOT).replace('.', '_'), p.userId())).toList();
    }

    @Override
    public synchronized void clearPending(int n) {
        file.update(k -> {
            k.clearPendingEvents(n);
            return null;
        });
    }
}
