package org.vigia.model;

import java.util.List;

/**
 * An error a user can act on. It carries a message key of the resource bundles and its
 * arguments, so every layer can show it in the user's language.
 */
public class VigiaException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public VigiaException(String key, Object... args) {
        this(key, null, args);
    }

    public VigiaException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
