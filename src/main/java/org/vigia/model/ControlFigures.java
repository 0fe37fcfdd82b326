package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/** A checkpoint control (an operation's shift at a transit point) with its figures. */
public record ControlFigures(UUID controlId, UUID pointId, UUID operationId, String operationCode,
                             Instant shiftStart, Instant shiftEnd, String officers, CheckpointCounts counts) {
}
