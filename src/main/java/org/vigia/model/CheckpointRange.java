package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which controls the checkpoint figures count: those whose shift starts on a day from
 * {@code from} to {@code to} (both included, in the office's time zone), of the operation
 * {@code operationId} or of any operation when it is null.
 */
public record CheckpointRange(LocalDate from, LocalDate to, UUID operationId) {
}
