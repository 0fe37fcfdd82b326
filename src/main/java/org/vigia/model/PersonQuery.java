package org.vigia.model;

/**
 * Filters of the people list. {@code text} matches the start of a name word, a name that sounds
 * alike, or the start of a document number; {@code citizenship} is an ISO 3166 alpha-2 code;
 * {@code role} keeps persons who hold that role in a case. Null or blank filters mean "any".
 */
public record PersonQuery(String text, String citizenship, CaseRole role) {
    public PersonQuery(String text, String citizenship) {
        this(text, citizenship, null);
    }

    public static PersonQuery text(String text) {
        return new PersonQuery(text, null, null);
    }
}
