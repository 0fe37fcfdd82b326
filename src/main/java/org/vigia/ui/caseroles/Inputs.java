package org.vigia.ui.caseroles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.Chips;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.Labels;

/**
 * Builds the inputs of the People tab's forms, bound to ViewModel properties, and remembers the
 * date pickers so that a date typed without Enter counts (and text that is not a date is named).
 */
final class Inputs {
    private final Messages m;
    private final Map<String, DatePicker> dates = new LinkedHashMap<>();

    Inputs(Messages m) {
        this.m = m;
    }

    TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    TextArea area(String id, StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    /** A choice of {@code values} labelled "PREFIX" + NAME (the prefix ends with a dot), with "(none)" first. */
    <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String prefix, ObjectProperty<E> p) {
        List<E> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        ComboBox<E> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        Labels.show(c, v -> Codes.label(m, prefix, v), m.get("common.none"));
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    /** A searchable country (ISO 3166 alpha-2) by its name; the empty first entry means none. */
    SearchableComboBox<String> country(String id, StringProperty p) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(m.countryCodesByName());
        return searchable(id, items, code -> code.isEmpty() ? m.get("common.none") : m.country(code), p);
    }

    /** A searchable ISO 4217 currency ("USD - US Dollar"); the empty first entry means none. */
    SearchableComboBox<String> currency(String id, StringProperty p) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(MigrantFields.currencies());
        return searchable(id, items, code -> code.isEmpty() ? m.get("common.none")
                : code + " - " + Currency.getInstance(code).getDisplayName(m.locale()), p);
    }

    private SearchableComboBox<String> searchable(String id, List<String> items,
                                                  java.util.function.Function<String, String> label, StringProperty p) {
        SearchableComboBox<String> c = new SearchableComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setConverter(Labels.converter(label, ""));
        c.valueProperty().bindBidirectional(p);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** Several codes of {@code type} as chips with a searchable picker (ids ID-picker and ID). */
    <E extends Enum<E>> VBox codes(String id, Class<E> type, String prefix, ObservableList<String> values) {
        return Chips.picker(id, Codes.names(type), values, n -> m.get(prefix + n), m.get("casePeople.pick"));
    }

    DatePicker date(String id, String field, ObjectProperty<LocalDate> p) {
        DatePicker d = DateFields.picker(m.locale());
        d.setId(id);
        d.valueProperty().bindBidirectional(p);
        dates.put(field, d);
        return d;
    }

    /**
     * Takes in the dates typed but not committed; names the fields whose text is not a date.
     * Returns whether every date field holds a date or nothing.
     */
    boolean commitDates(ObservableMap<String, String> errors) {
        boolean ok = true;
        for (var e : dates.entrySet()) {
            DatePicker d = e.getValue();
            if (d.isDisabled()) {
                continue;
            }
            if (DateFields.hasBadText(d)) {
                errors.put(e.getKey(), m.get("validation.badDate", d.getPromptText()));
                ok = false;
            } else {
                d.setValue(d.getConverter().fromString(d.getEditor().getText()));
            }
        }
        return ok;
    }
}
