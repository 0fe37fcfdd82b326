package org.vigia.ui.care;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.Labels;

/** The small pieces the three care panes are built from. */
final class CareViews {
    private CareViews() {
    }

    static <T> TableColumn<T, String> column(Messages m, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }

    /** A column that starts {@code width} wide (dates narrow, names and text wide). */
    static <T> TableColumn<T, String> column(Messages m, String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = column(m, key, value);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        return c;
    }

    static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.setPlaceholder(new Label(placeholder));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    static Button button(String id, String text, String icon) {
        Button b = new Button(text, icon == null ? null : new FontIcon(icon));
        b.setId(id);
        return b;
    }

    static Label message(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("care-message");
        l.textProperty().bind(text);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    static HBox bar(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A text area where Tab moves on (Ctrl+Tab types a tab), so the form stays keyboard usable. */
    static TextArea area(String id, StringProperty value, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume(); // Ctrl+Tab is the text area's own "move on"
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return a;
    }

    static DatePicker date(Messages m, String id, ObjectProperty<LocalDate> value) {
        DatePicker p = DateFields.picker(m.locale());
        p.setId(id);
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label, String nullText,
                                 ObjectProperty<T> value) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        if (nullText != null) {
            c.getItems().add(null);
        }
        c.getItems().addAll(values);
        Labels.show(c, label, nullText == null ? "" : nullText);
        c.valueProperty().bindBidirectional(value);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** Takes in dates typed but not yet committed; false (with the error on its field) when one is not a date. */
    static boolean commitDates(Map<String, DatePicker> pickers, Map<String, String> errors, Messages m) {
        errors.clear();
        return DateFields.commitTyped(pickers, errors, m);
    }

    static ScrollPane scrolled(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    static void showIf(boolean allowed, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(allowed);
            n.setManaged(allowed);
        }
    }
}
