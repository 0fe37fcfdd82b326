package org.vigia.ui.checkpoints;

import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.CheckTally;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.TravelPurpose;
import org.vigia.ui.common.Labels;

/**
 * The tab of one open control: the keyboard entry form (Tab between fields, Enter saves and
 * starts the next check, Escape clears), the watch-list line under it, the control's checks
 * newest first and its tallies with "Add tally…".
 */
public final class ControlTabView extends BorderPane {
    private final CheckEntryViewModel vm;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private final TextField family;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    public ControlTabView(CheckEntryViewModel vm, Messages m, String header) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("control-tab");
        getStylesheets().add(ControlTabView.class.getResource("checkpoints.css").toExternalForm());
        var f = vm.form();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setId("check-form");
        family = text("check-family", f.familyNames, 16);
        Label title = new Label(header);
        title.getStyleClass().add("control-header");
        title.setId("control-header");
        int c = 0;
        section(m.get("checkpoint.entry.person"), 0);
        cell("familyNames", family, c++, 1);
        cell("givenNames", text("check-given", f.givenNames, 14), c++, 1);
        cell("birthDate", text("check-birth", f.birthDate, 9), c++, 1);
        cell("gender", combo("check-gender", Gender.values(), g -> m.label("gender", g), true, f.gender), c++, 1);
        cell("nationality", text("check-nationality", f.nationality, 3), c++, 1);
        CheckBox minor = new CheckBox();
        minor.setId("check-minor");
        minor.selectedProperty().bindBidirectional(f.minor);
        cell("minor", minor, c, 1);
        c = 0;
        section(m.get("checkpoint.entry.document"), 3);
        cell("docNumber", text("check-doc-number", f.docNumber, 12), c++, 4);
        cell("docType", combo("check-doc-type", DocumentType.values(), d -> m.label("doctype", d), false, f.docType), c++, 4);
        cell("docCountry", text("check-doc-country", f.docCountry, 3), c++, 4);
        cell("direction", combo("check-direction", CheckDirection.values(), d -> m.label("checkpoint.direction", d), true, f.direction), c++, 4);
        cell("travelPurpose", combo("check-purpose", TravelPurpose.values(), p -> m.label("checkpoint.purpose", p), true, f.purpose), c++, 4);
        cell("checkedAt", text("check-time", f.checkedAt, 11), c, 4);
        c = 0;
        section(m.get("checkpoint.entry.travel"), 6);
        cell("conveyance", combo("check-conveyance", CheckConveyance.values(), v -> m.label("checkpoint.conveyance", v), true, f.conveyance), c++, 7);
        cell("conveyanceRef", text("check-conveyance-ref", f.conveyanceRef, 12), c++, 7);
        TextField imo = text("check-imo", f.vesselImo, 8);
        TextField flag = text("check-flag", f.vesselFlag, 3);
        imo.disableProperty().bind(f.conveyance.isNotEqualTo(CheckConveyance.VESSEL));
        flag.disableProperty().bind(imo.disableProperty());
        cell("vesselImo", imo, c++, 7);
        cell("vesselFlag", flag, c++, 7);
        cell("result", combo("check-result", CheckResult.values(), r -> m.label("checkpoint.result", r), true, f.result,
                m.get("checkpoint.entry.resultAuto")), c++, 7);
        cell("action", combo("check-action", CheckAction.values(), a -> m.label("checkpoint.action", a), false, f.action), c, 7);
        Button save = new Button(m.get("checkpoint.entry.save"));
        save.setId("check-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> saveAndRefocus());
        Button clear = new Button(m.get("checkpoint.entry.clear"));
        clear.setId("check-clear");
        clear.setOnAction(e -> clearAndRefocus());
        Label hint = new Label(m.get("checkpoint.entry.hint"));
        hint.getStyleClass().add("help-text");
        Label message = new Label();
        message.setId("check-message");
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(8, save, clear, message);
        Label watch = new Label();
        watch.setId("check-watch");
        watch.setWrapText(true);
        watch.setMaxWidth(Double.MAX_VALUE);
        watch.textProperty().bind(vm.watchTextProperty());
        watch.getStyleClass().add("watch-line");
        vm.watchStateProperty().addListener((o, a, n) -> styleWatch(watch, n));
        styleWatch(watch, vm.watchStateProperty().get());
        VBox entry = new VBox(6, title, new Label(m.get("checkpoint.entry.title")), grid, buttons, watch, hint);
        entry.getStyleClass().add("check-entry");
        entry.setPadding(new Insets(10));
        entry.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        debounce.setOnFinished(e -> vm.preview());
        for (StringProperty p : List.of(f.familyNames, f.givenNames, f.birthDate, f.nationality, f.docNumber, f.docCountry)) {
            p.addListener((o, a, n) -> debounce.playFromStart());
        }
        f.docType.addListener((o, a, n) -> debounce.playFromStart());
        setTop(entry);
        setCenter(checksTable());
        setRight(tallies());
        vm.clear();
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof ComboBox<?> cb && cb.isShowing())) {
            e.consume();
            saveAndRefocus();
        } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof ComboBox<?> cb && cb.isShowing())) {
            e.consume();
            clearAndRefocus();
        }
    }

    private void saveAndRefocus() {
        debounce.stop();
        vm.save();
        family.requestFocus();
    }

    private void clearAndRefocus() {
        debounce.stop();
        vm.clear();
        family.requestFocus();
    }

    /** Puts the cursor in the first field (when the tab is opened). */
    public void focusEntry() {
        family.requestFocus();
    }

    private static void styleWatch(Label watch, CheckEntryViewModel.WatchState state) {
        watch.getStyleClass().removeAll("watch-clear", "watch-hit", "watch-idle");
        watch.getStyleClass().add(switch (state) {
            case HIT -> "watch-hit";
            case CLEAR -> "watch-clear";
            default -> "watch-idle";
        });
    }

    private void section(String text, int row) {
        Label l = new Label(text);
        l.getStyleClass().add("entry-section");
        GridPane.setColumnSpan(l, 6);
        grid.add(l, 0, row);
    }

    /** A labelled input at column {@code col} of the form row {@code row} (label above, error below). */
    private void cell(String field, Node input, int col, int row) {
        Label label = new Label(m.field(field));
        label.setLabelFor(input);
        label.getStyleClass().add("entry-label");
        Label error = new Label();
        error.setId("check-error-" + field);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(180);
        error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(vm.errors(), field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox box = new VBox(1, label, input, error);
        grid.add(box, col, row);
    }

    private static TextField text(String id, StringProperty p, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label, boolean withNone,
                                  javafx.beans.property.Property<T> p) {
        return combo(id, values, label, withNone, p, m.get("checkpoint.entry.none"));
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label, boolean withNone,
                                         javafx.beans.property.Property<T> p, String noneText) {
        ComboBox<T> cb = new ComboBox<>();
        var items = FXCollections.<T>observableArrayList();
        if (withNone) {
            items.add(null);
        }
        items.addAll(values);
        cb.setItems(items);
        cb.setId(id);
        Labels.show(cb, label, noneText);
        cb.valueProperty().bindBidirectional(p);
        return cb;
    }

    private Node checksTable() {
        TableView<BorderCheck> table = new TableView<>(vm.rows());
        table.setPlaceholder(new Label(m.get("checkpoint.checks.none")));
        table.setId("check-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("checkpoint.col.time"), vm.text()::timeText, 70));
        table.getColumns().add(column(m.get("checkpoint.col.person"), vm.text()::personText, 300));
        table.getColumns().add(column(m.get("checkpoint.col.document"), vm.text()::documentText, 220));
        table.getColumns().add(column(m.get("checkpoint.col.direction"), c -> m.label("checkpoint.direction", c.direction()), 80));
        table.getColumns().add(column(m.get("checkpoint.col.result"), c -> m.label("checkpoint.result", c.result()), 160));
        table.getColumns().add(column(m.get("checkpoint.col.action"), c -> m.label("checkpoint.action", c.action()), 130));
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BorderCheck item, boolean empty) {
                super.updateItem(item, empty);
                boolean hit = !empty && item != null && (item.result() == CheckResult.HIT_PENDING
                        || item.result() == CheckResult.HIT_CONFIRMED);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hit"), hit);
            }
        });
        table.setFocusTraversable(false);
        Label title = new Label();
        title.setId("check-count");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("checkpoint.checks.title", vm.checkCountProperty().get()), vm.checkCountProperty()));
        title.getStyleClass().add("entry-section");
        VBox box = new VBox(4, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 10, 10, 10));
        return box;
    }

    private static TableColumn<BorderCheck, String> column(String title, Function<BorderCheck, String> value, double width) {
        TableColumn<BorderCheck, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }

    private Node tallies() {
        Label title = new Label(m.get("checkpoint.tallies.title"));
        title.getStyleClass().add("entry-section");
        ListView<CheckTally> list = new ListView<>(vm.tallyRows());
        list.setId("tally-list");
        list.setPlaceholder(new Label(m.get("checkpoint.tallies.none")));
        list.setPrefHeight(120);
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CheckTally t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : vm.text().tallyText(t));
                setWrapText(true);
                setPrefWidth(0); // wrap inside the list instead of scrolling sideways
            }
        });
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(2);
        form.setId("tally-form");
        String[][] fields = {{"personsScreened", "tally-persons"}, {"documentsChecked", "tally-documents"},
            {"hits", "tally-hits"}, {"note", "tally-note"}};
        List<StringProperty> props = List.of(vm.tallyPersonsProperty(), vm.tallyDocumentsProperty(),
                vm.tallyHitsProperty(), vm.tallyNoteProperty());
        for (int i = 0; i < fields.length; i++) {
            TextField t = text(fields[i][1], props.get(i), i < 3 ? 6 : 14);
            Label error = new Label();
            error.setId("tally-error-" + fields[i][0]);
            error.getStyleClass().add("error-text");
            error.setWrapText(true);
            error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(vm.tallyErrors(), fields[i][0]));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            form.add(new Label(m.field(fields[i][0])), 0, i);
            form.add(new VBox(1, t, error), 1, i);
        }
        Button add = new Button(m.get("checkpoint.tallies.save"));
        add.setId("tally-save");
        Button cancel = new Button(m.get("checkpoint.tallies.cancel"));
        cancel.setId("tally-cancel");
        form.add(new HBox(6, add, cancel), 1, fields.length);
        form.setVisible(false);
        form.managedProperty().bind(form.visibleProperty());
        Button open = new Button(m.get("checkpoint.tallies.add"));
        open.setId("tally-add");
        open.setOnAction(e -> {
            form.setVisible(true);
            form.lookup("#tally-persons").requestFocus();
        });
        add.setOnAction(e -> vm.addTally(() -> form.setVisible(false)));
        cancel.setOnAction(e -> {
            vm.tallyErrors().clear();
            form.setVisible(false);
        });
        VBox box = new VBox(6, title, list, open, form);
        box.setPadding(new Insets(0, 10, 10, 0));
        box.setPrefWidth(340);
        box.setMaxWidth(340);
        return box;
    }
}
