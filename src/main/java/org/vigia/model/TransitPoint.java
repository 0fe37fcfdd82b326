package org.vigia.model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A place where checks are made (an airport, a river post, a night club...). {@code id} is null
 * for one not yet saved; latitude and longitude are both given or both null.
 */
public record TransitPoint(UUID id, int version, TransitPointType type, String name, String country, String locality,
                           BigDecimal latitude, BigDecimal longitude) {
}
