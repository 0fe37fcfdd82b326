package org.vigia.model;

/** The acting account's roles do not allow this; the refusal is audited. */
public final class NotPermittedException extends VigiaException {
    private final Permission permission;

    public NotPermittedException(Permission permission) {
        super("error.notPermitted");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
