package org.vigia.model;

/**
 * The sex groups HQ figures are split by: women (HTCDS Feminine), men (Masculine), and every
 * other or unknown gender. Label key protection.sex.NAME.
 */
public enum SexGroup {
    FEMALE, MALE, OTHER;

    /** The group of {@code gender} (null: unknown, so OTHER). */
    public static SexGroup of(Gender gender) {
        if (gender == Gender.Feminine) {
            return FEMALE;
        }
        return gender == Gender.Masculine ? MALE : OTHER;
    }
}
