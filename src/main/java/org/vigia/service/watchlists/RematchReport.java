package org.vigia.service.watchlists;

import java.util.UUID;

/** Past checks re-matched against a list version, and the late hits stored. */
public record RematchReport(UUID versionId, long checks, long lateHits) {
}
