package org.vigia.model;

/**
 * The guardian or representative of a minor victim: a name, the relationship or organisation,
 * and how to reach them. All empty: no guardian recorded.
 */
public record Guardian(String name, String relation, String contact) {
    public static final Guardian NONE = new Guardian(null, null, null);

    /** Whether a guardian is recorded (a name is the least a guardian has). */
    public boolean present() {
        return name != null && !name.isBlank();
    }
}
