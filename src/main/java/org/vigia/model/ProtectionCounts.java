package org.vigia.model;

import java.util.List;

/**
 * How many victims stand in each protection status, split by sex (women, men, other or unknown)
 * and by age at identification (minors, adults, unknown); every status is listed, zeros included.
 */
public record ProtectionCounts(List<StatusCount> byStatus) {
    public ProtectionCounts {
        byStatus = List.copyOf(byStatus);
    }

    /** One status's figures. */
    public record StatusCount(ProtectionStatus status, long total, long women, long men, long otherSex, long minors,
                              long adults, long ageUnknown) {
    }

    /** The figures of {@code status} (zeros when none). */
    public StatusCount of(ProtectionStatus status) {
        return byStatus.stream().filter(c -> c.status() == status).findFirst()
                .orElse(new StatusCount(status, 0, 0, 0, 0, 0, 0, 0));
    }

    /** All statuses added up (status null). */
    public StatusCount all() {
        long[] s = new long[7];
        for (StatusCount c : byStatus) {
            s[0] += c.total();
            s[1] += c.women();
            s[2] += c.men();
            s[3] += c.otherSex();
            s[4] += c.minors();
            s[5] += c.adults();
            s[6] += c.ageUnknown();
        }
        return new StatusCount(null, s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }
}
