package org.vigia.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The irregular migrants of a scope (counted checks with action IRREGULAR_MIGRANT) by nationality
 * (ISO 3166-1 alpha-2; "" when not recorded) and by sex (HTCDS gender code; "" when not recorded),
 * most first, and by minor (true, false, or not recorded).
 */
public record MigrantBreakdown(Map<String, Long> byNationality, Map<String, Long> bySex, long minors,
                               long adults, long minorUnknown) {
    public static final MigrantBreakdown NONE = new MigrantBreakdown(Map.of(), Map.of(), 0, 0, 0);

    public MigrantBreakdown {
        byNationality = byNationality == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byNationality));
        bySex = bySex == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySex));
    }

    public long total() {
        return minors + adults + minorUnknown;
    }
}
