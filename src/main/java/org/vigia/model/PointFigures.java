package org.vigia.model;

import java.util.UUID;

/**
 * A transit point with the figures of its controls in a range. {@code pointType} is the stored
 * code of the point's type (TransitPointType), {@code country} ISO 3166-1 alpha-2.
 */
public record PointFigures(UUID pointId, String name, String pointType, String country, String locality,
                           long controls, CheckpointCounts counts) {
}
