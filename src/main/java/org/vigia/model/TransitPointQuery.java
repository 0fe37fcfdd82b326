package org.vigia.model;

/** Filters of the transit point list: any of them may be null (no filter). {@code text}: the name starts with. */
public record TransitPointQuery(TransitPointType type, String country, String text) {
    public static TransitPointQuery all() {
        return new TransitPointQuery(null, null, null);
    }
}
