package org.vigia.app;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.vigia.security.KeyFile;
import org.vigia.security.Unlock;
import org.vigia.service.access.Keyring;

/** The key slots of an open database: its key file and, in memory only, its data key. */
public final class FileKeyring implements Keyring {
    private final KeyFile file;
    private final byte[] dataKey;

    public FileKeyring(KeyFile file, byte[] dataKey) {
        this.file = file;
        this.dataKey = Arrays.copyOf(dataKey, dataKey.length);
    }

    @Override
    public synchronized void setPassword(UUID userId, String userName, char[] password) {
        file.addUserSlot(userId, userName, password, dataKey);
        file.save();
    }

    @Override
    public synchronized void remove(UUID userId) {
        file.removeUserSlot(userId);
        file.save();
    }

    @Override
    public synchronized void rename(UUID userId, String newUserName) {
        file.renameUser(userId, newUserName);
        file.save();
    }

    @Override
    public synchronized Check check(String userName, char[] password) {
        var result = file.unlock(userName, password);
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
        file.clearLock(userId);
        file.save();
    }

    @Override
    public synchronized List<Pending> pending() {
        return file.pendingEvents().stream().map(p -> new Pending(p.at(),
                p.action().toUpperCase(java.util.Locale.ROOT).replace('.', '_'), p.userId())).toList();
    }

    @Override
    public synchronized void clearPending(int n) {
        file.clearPendingEvents(n);
        file.save();
    }
}
