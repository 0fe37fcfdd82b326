package org.vigia.model;

import java.util.EnumSet;
import java.util.Set;

/** What a person does in Vigia; an account has one or more roles. */
public enum Role {
    /** Creates and edits the office's records. */
    INVESTIGATOR(EnumSet.of(Permission.CASE_READ, Permission.CASE_WRITE)),
    /** An investigator who also closes and reopens cases, reveals identities, prints, exports, audits. */
    SUPERVISOR(EnumSet.of(Permission.CASE_READ, Permission.CASE_WRITE, Permission.CASE_CLOSE,
            Permission.IDENTITY_REVEAL, Permission.SUMMARY_PRINT, Permission.SNAPSHOT_EXPORT,
            Permission.AUDIT_VIEW)),
    /** Manages accounts and settings; no case work unless also given a case role. */
    ADMINISTRATOR(EnumSet.of(Permission.ACCOUNT_MANAGE, Permission.SETTINGS_MANAGE)),
    /** Works in the headquarters workspace; reads the register. */
    HQ_ANALYST(EnumSet.of(Permission.CASE_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether any of {@code roles} grants {@code permission}. */
    public static boolean allows(Set<Role> roles, Permission permission) {
        return roles.stream().anyMatch(r -> r.permissions.contains(permission));
    }
}
