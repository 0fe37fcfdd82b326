package org.vigia.model;

import java.util.UUID;

/**
 * The filters of the victim protection view; null means any. {@code minor}: true for minors,
 * false for adults (victims whose age is unknown match neither).
 */
public record ProtectionQuery(UUID operationId, UUID siteId, String citizenship, SexGroup sex, Boolean minor,
                              ProtectionStatus status) {
    public static final ProtectionQuery ALL = new ProtectionQuery(null, null, null, null, null, null);

    public ProtectionQuery withStatus(ProtectionStatus s) {
        return new ProtectionQuery(operationId, siteId, citizenship, sex, minor, s);
    }
}
