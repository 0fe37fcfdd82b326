package org.vigia.model;

import java.util.List;

/**
 * An argument of a message that is itself a message (e.g. a status's label), so an error can
 * name codes in the reader's language: the bundles resolve {@code key} with {@code args}.
 */
public record MessageArg(String key, List<Object> args) {
    public MessageArg {
        args = List.copyOf(args);
    }

    public static MessageArg of(String key, Object... args) {
        return new MessageArg(key, List.of(args));
    }
}
