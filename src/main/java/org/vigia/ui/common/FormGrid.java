package org.vigia.ui.common;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;

/**
 * A two-column form: a label, then the input with its help text and the error the ViewModel
 * reports for that field (shown only when there is one).
 */
public final class FormGrid extends GridPane {
    private final Messages m;
    private final ObservableMap<String, String> errors;
    private final String errorIdPrefix;
    private int row;

    public FormGrid(Messages m, ObservableMap<String, String> errors, String errorIdPrefix) {
        this.m = m;
        this.errors = errors;
        this.errorIdPrefix = errorIdPrefix;
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A heading across both columns. */
    public Label section(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        GridPane.setColumnSpan(l, 2);
        add(l, 0, row++);
        return l;
    }

    /** A row spanning both columns (e.g. buttons). */
    public void wide(Node node) {
        GridPane.setColumnSpan(node, 2);
        add(node, 0, row++);
    }

    /** The field {@code name}: labelled "field.NAME" from the bundles. */
    public void field(String name, Node input, String help) {
        Label label = new Label(m.field(name));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId(errorIdPrefix + name);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.valueAt(errors, name));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox box = new VBox(2, input);
        if (help != null) {
            Label h = new Label(help);
            h.getStyleClass().add("help-text");
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().add(error);
        if (input instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHgrow(box, Priority.ALWAYS);
        add(label, 0, row);
        add(box, 1, row++);
    }
}
