package org.vigia.ui.evidence;

import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.Seizure;
import org.vigia.ui.common.DialogService;

/**
 * The seizures of one case, to sit in a tab of the case editor: the list on the left; on the
 * right the form of the selected (or a new) seizure, its custody log and its evidence files.
 * Call {@link SeizuresViewModel#load()} when it is first shown.
 */
public final class SeizuresPane extends BorderPane {
    private final SeizuresViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final SeizureText text;
    private final SeizureFormView formView;
    private final TableView<Seizure> table = new TableView<>();

    public SeizuresPane(SeizuresViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.text = new SeizureText(m);
        this.formView = new SeizureFormView(vm, m, dialogs);
        setId("seizures-pane");
        getStyleClass().add("seizures-pane");
        setTop(toolbar());
        BorderPane formArea = new BorderPane(scrolled(formView));
        HBox saveBar = new HBox(8, formView.saveButton());
        saveBar.setPadding(new Insets(6, 16, 6, 16));
        saveBar.getStyleClass().add("button-bar");
        formArea.setBottom(saveBar);
        SplitPane top = new SplitPane(table(), formArea);
        top.setDividerPositions(0.45);
        SplitPane bottom = new SplitPane(scrolled(custody()), scrolled(new EvidenceFilesView(vm, m, dialogs, text)));
        bottom.setDividerPositions(0.5);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    private static ScrollPane scrolled(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public SeizuresViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Button add = new Button(m.get("seizure.new"), new FontIcon("mdi2p-plus"));
        add.setId("seizure-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.startNew();
        });
        Button remove = new Button(m.get("seizure.remove"), new FontIcon("mdi2d-delete"));
        remove.setId("seizure-remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        remove.setOnAction(e -> {
            Seizure s = vm.selectedProperty().get();
            if (s != null && dialogs.confirm(m.get("common.confirm"), m.get("seizure.remove.confirm", text.type(s),
                    m.date(s.seizedOn())))) {
                vm.remove();
            }
        });
        Label message = new Label();
        message.setId("seizure-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        showIf(vm.canWrite(), add, remove);
        HBox bar = new HBox(8, add, remove, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    private TableView<Seizure> table() {
        table.setId("seizure-table");
        table.setItems(vm.seizures());
        table.setPlaceholder(new Label(m.get("seizure.empty")));
        table.getColumns().setAll(List.of(
                column("seizure.column.type", text::type),
                column("seizure.column.quantity", text::quantity),
                column("seizure.column.date", s -> m.date(s.seizedOn())),
                column("seizure.column.place", text::place),
                column("seizure.column.files", s -> text.files(s, vm.evidence().integrity()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        vm.evidence().integrity().addListener((MapChangeListener<Object, Object>) c -> table.refresh());
        return table;
    }

    private TableColumn<Seizure, String> column(String key, java.util.function.Function<Seizure, String> value) {
        TableColumn<Seizure, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private VBox custody() {
        Label heading = new Label(m.get("custody.title"));
        heading.getStyleClass().addAll("title-4", "section");
        ListView<CustodyTransfer> log = new ListView<>(vm.custody());
        log.setId("custody-list");
        log.setPrefHeight(110);
        log.setPlaceholder(new Label(m.get("custody.empty")));
        log.setCellFactory(lv -> cell(text::transfer));
        TransferForm form = new TransferForm(vm, m);
        VBox box = new VBox(6, heading, log, form);
        box.setPadding(new Insets(8, 16, 8, 16));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    static <T> ListCell<T> cell(java.util.function.Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    static void showIf(boolean allowed, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(allowed);
            n.setManaged(allowed);
        }
    }

    /** The person choice shows names; used by the form. */
    static void personCombo(ComboBox<org.vigia.model.Person> combo, Messages m) {
        org.vigia.ui.common.Labels.show(combo, org.vigia.model.Person::fullName, m.get("seizure.person.none"));
    }

    /** Saves the form if its own checks pass (ControlsFX); otherwise says what to correct. */
    public void save() {
        formView.save();
    }
}
