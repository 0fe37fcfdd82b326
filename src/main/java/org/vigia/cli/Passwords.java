package org.vigia.cli;

import java.util.Arrays;
import java.util.Map;
import org.vigia.l10n.Messages;
import org.vigia.model.VigiaException;

/**
 * Passwords on the command line: from the terminal without echo, or from the environment for
 * scripts ($VIGIA_PASSWORD for the signing-in user, $VIGIA_NEW_PASSWORD for a new password).
 * Never from an argument, where other users of the machine could read it.
 */
final class Passwords {
    static final String CURRENT = "VIGIA_PASSWORD";
    static final String NEW = "VIGIA_NEW_PASSWORD";
    private final Map<String, String> env;
    private final Messages messages;

    Passwords(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    private char[] typedCurrent;

    /** The signing-in user's password (typed once per command). */
    char[] current() {
        if (typedCurrent != null) {
            return typedCurrent.clone();
        }
        String fromEnv = env.get(CURRENT);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new VigiaException("cli.noPassword", CURRENT);
        }
        char[] typed = console.readPassword("%s", messages.get("cli.password.prompt"));
        if (typed == null) {
            throw new VigiaException("cli.noPassword", CURRENT);
        }
        typedCurrent = typed.clone();
        return typed;
    }

    /** Forgets the typed password (the command is over). */
    void clear() {
        if (typedCurrent != null) {
            Arrays.fill(typedCurrent, '\0');
            typedCurrent = null;
        }
    }

    /** A new password: from $VIGIA_NEW_PASSWORD, else typed twice (the two must match). */
    char[] fresh() {
        return fresh(NEW);
    }

    /** The first administrator's password at init: from $VIGIA_PASSWORD, else typed twice. */
    char[] firstAdministrator() {
        return fresh(CURRENT);
    }

    private char[] fresh(String variable) {
        String fromEnv = env.get(variable);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new VigiaException("cli.noPassword", variable);
        }
        char[] first = console.readPassword("%s", messages.get("cli.password.new"));
        char[] second = console.readPassword("%s", messages.get("cli.password.again"));
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new VigiaException("cli.password.mismatch");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
