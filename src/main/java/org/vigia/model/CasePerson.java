package org.vigia.model;

import java.util.UUID;

/**
 * A row of a case's People tab: the role link and who holds it. {@code minor}: under 18 at the
 * link's identification date when it has one, else today; null when the age cannot be told.
 * {@code masked}: a victim whose identity is hidden from the signed-in account, {@code fullName}
 * is then their pseudonym.
 */
public record CasePerson(RoleLink link, UUID personId, String fullName, Gender gender, Integer birthYear,
                         Boolean minor, boolean masked) {
}
