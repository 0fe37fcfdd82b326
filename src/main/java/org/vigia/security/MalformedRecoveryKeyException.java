package org.vigia.security;

import org.vigia.model.VigiaException;

/** The text typed as a recovery key is not 64 hexadecimal digits. The text is never echoed. */
public final class MalformedRecoveryKeyException extends VigiaException {
    public static final String KEY = "recovery.malformed";

    public MalformedRecoveryKeyException() {
        super(KEY);
    }
}
