package org.vigia.model;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person's account. Passwords never appear here: they only open the person's key slot. */
public record Account(UUID id, int version, String userName, String displayName, Set<Role> roles,
                      Instant createdAt, String createdBy) {
    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean can(Permission permission) {
        return Role.allows(roles, permission);
    }
}
