package org.vigia.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A time-boxed, multi-country operation. {@code id} is null for one not yet saved. */
public record Operation(UUID id, int version, String code, String name, LocalDate startDate,
                        LocalDate endDate, List<String> countries, String coordinationUnit,
                        List<String> partners) {
    public Operation {
        countries = countries == null ? List.of() : List.copyOf(countries);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public static Operation blank() {
        return new Operation(null, 0, "", "", null, null, List.of(), "", List.of());
    }
}
