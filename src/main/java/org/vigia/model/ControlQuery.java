package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the control list, each null for none: the transit point, the operation, and the days
 * (in UTC) a shift must overlap, {@code from} and {@code to} included.
 */
public record ControlQuery(UUID transitPointId, UUID operationId, LocalDate from, LocalDate to) {
    public static ControlQuery all() {
        return new ControlQuery(null, null, null, null);
    }

    public static ControlQuery ofPoint(UUID transitPointId) {
        return new ControlQuery(transitPointId, null, null, null);
    }
}
