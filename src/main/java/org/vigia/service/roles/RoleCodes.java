package org.vigia.service.roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;

/**
 * Codes typed or imported as text (HTCDS identifiers, e.g. "ActualVictimOfTrafficking"), read
 * into their enums: an unknown code is refused on its field, never guessed.
 */
public final class RoleCodes {
    private RoleCodes() {
    }

    /** The constant named {@code code} (blank: null); unknown: refused on {@code field}. */
    public static <E extends Enum<E>> E parse(String field, Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code.strip())) {
                return e;
            }
        }
        throw new ValidationException(List.of(FieldError.of(field, "error.role.unknownCode", code.strip())));
    }

    /** Several codes (blank ones skipped); every unknown one is named. */
    public static <E extends Enum<E>> Set<E> parseAll(String field, Class<E> type, List<String> codes) {
        Set<E> found = EnumSet.noneOf(type);
        List<FieldError> errors = new ArrayList<>();
        for (String code : codes) {
            try {
                E e = parse(field, type, code);
                if (e != null) {
                    found.add(e);
                }
            } catch (ValidationException ex) {
                errors.addAll(ex.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return found;
    }
}
