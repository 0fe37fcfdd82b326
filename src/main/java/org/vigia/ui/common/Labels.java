package org.vigia.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Small helpers to show codes and records by their translated labels. */
public final class Labels {
    private Labels() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> label, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    /**
     * The items of {@code source} after a leading {@code null} ("none" / "all"), kept in step:
     * the view's own list, so the ViewModel's list never holds the null.
     */
    public static <T> javafx.collections.ObservableList<T> withNone(javafx.collections.ObservableList<T> source) {
        javafx.collections.ObservableList<T> items = javafx.collections.FXCollections.observableArrayList();
        Runnable copy = () -> {
            java.util.List<T> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(source);
            items.setAll(all);
        };
        source.addListener((javafx.collections.ListChangeListener<T>) c -> copy.run());
        copy.run();
        return items;
    }

    /** A combo box whose items and button show {@code label}, and {@code nullText} for null. */
    public static <T> void show(ComboBox<T> combo, Function<T, String> label, String nullText) {
        combo.setConverter(converter(label, nullText));
        combo.setButtonCell(cell(label, nullText));
        combo.setCellFactory(lv -> cell(label, nullText));
    }

    private static <T> ListCell<T> cell(Function<T, String> label, String nullText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? nullText : label.apply(item));
            }
        };
    }
}
