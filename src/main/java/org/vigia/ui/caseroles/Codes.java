package org.vigia.ui.caseroles;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import javafx.collections.ObservableList;

/** Enum codes held by a chips picker as their names, and back. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).toList();
    }

    static void show(ObservableList<String> target, Collection<? extends Enum<?>> values) {
        target.setAll(values.stream().map(Enum::name).sorted().toList());
    }

    static <E extends Enum<E>> EnumSet<E> read(Class<E> type, List<String> names) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String n : names) {
            set.add(Enum.valueOf(type, n));
        }
        return set;
    }

    /** The label of {@code value} under {@code prefix} (which ends with a dot); "" for null. */
    static String label(org.vigia.l10n.Messages m, String prefix, Enum<?> value) {
        return value == null ? "" : m.get(prefix + value.name());
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    /** Null for blank text. */
    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
