package org.vigia.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A list of codes shown as removable chips, with a searchable picker that adds to it. */
public final class Chips {
    private Chips() {
    }

    /** Chips of {@code values}, each removing itself when pressed; ids "ID" on the pane. */
    public static FlowPane of(String id, ObservableList<String> values, Function<String, String> label) {
        FlowPane pane = new FlowPane(6, 6);
        pane.setId(id);
        Runnable rebuild = () -> pane.getChildren().setAll(values.stream().map(v -> {
            Button chip = new Button(label.apply(v), new FontIcon("mdi2c-close"));
            chip.getStyleClass().addAll("chip", "small");
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.setUserData(v);
            chip.setOnAction(e -> values.remove(v));
            return (Node) chip;
        }).toList());
        values.addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        return pane;
    }

    /** A searchable picker of {@code choices} (id "ID-picker") above the chips (id "ID"). */
    public static VBox picker(String id, List<String> choices, ObservableList<String> values,
                              Function<String, String> label, String prompt) {
        SearchableComboBox<String> picker = new SearchableComboBox<>();
        picker.setId(id + "-picker");
        picker.getItems().setAll(choices);
        picker.setConverter(Labels.converter(label, ""));
        picker.setPromptText(prompt);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((o, a, code) -> {
            if (code != null) {
                if (!values.contains(code)) {
                    values.add(code);
                }
                Platform.runLater(() -> picker.setValue(null));
            }
        });
        return new VBox(6, picker, of(id, values, label));
    }
}
