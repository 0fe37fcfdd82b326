package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One hand-over in the chain of custody of a seizure: who holds it from {@code transferredOn},
 * and why. {@code sequence} numbers the hand-overs of a seizure from 1 in the order recorded.
 */
public record CustodyTransfer(UUID id, int sequence, String holder, LocalDate transferredOn, String purpose) {
}
