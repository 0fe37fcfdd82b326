package org.vigia.ui.evidence;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.EvidenceFile;
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
    private final ListView<EvidenceFile> fileList = new ListView<>();

    public SeizuresPane(SeizuresViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.text = new SeizureText(m);
        this.formView = new SeizureFormView(vm, m, dialogs);
        setId("seizures-pane");
        getStyleClass().add("seizures-pane");
        setTop(toolbar());
        VBox details = new VBox(8, formView, custody(), evidence());
        details.setPadding(new Insets(0, 16, 16, 0));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table(), scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        setCenter(split);
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
                column("seizure.column.files", s -> text.files(s, vm.integrity()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        vm.integrity().addListener((MapChangeListener<Object, Object>) c -> {
            table.refresh();
            fileList.refresh();
        });
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
        log.setPrefHeight(120);
        log.setPlaceholder(new Label(m.get("custody.empty")));
        log.setCellFactory(lv -> cell(text::transfer));
        TransferForm form = new TransferForm(vm, m);
        VBox box = new VBox(6, heading, log, form);
        box.setPadding(new Insets(0, 0, 0, 16));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    private VBox evidence() {
        Label heading = new Label(m.get("evidence.title"));
        heading.getStyleClass().addAll("title-4", "section");
        fileList.setId("evidence-list");
        fileList.setItems(vm.files());
        fileList.setPrefHeight(120);
        fileList.setPlaceholder(new Label(m.get("evidence.empty")));
        fileList.setCellFactory(lv -> cell(f -> text.file(f, vm.stateOf(f))));
        Label state = new Label();
        state.setId("evidence-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            return f == null ? "" : text.state(vm.stateOf(f));
        }, fileList.getSelectionModel().selectedItemProperty(), vm.integrity()));
        state.getStyleClass().add("evidence-state");

        BooleanBinding noFile = fileList.getSelectionModel().selectedItemProperty().isNull();
        Button attach = new Button(m.get("evidence.attach"), new FontIcon("mdi2p-paperclip"));
        attach.setId("evidence-attach");
        attach.disableProperty().bind(vm.busyProperty());
        attach.setOnAction(e -> dialogs.chooseFileToOpen(m.get("evidence.attach.title")).ifPresent(vm::attach));
        Button copy = new Button(m.get("evidence.saveCopy"), new FontIcon("mdi2c-content-save-move"));
        copy.setId("evidence-save-copy");
        copy.disableProperty().bind(noFile.or(vm.busyProperty()));
        copy.setOnAction(e -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            dialogs.chooseFileToSave(m.get("evidence.saveCopy.title"), f.fileName())
                    .ifPresent(p -> vm.saveCopy(f, p));
        });
        Button verify = new Button(m.get("evidence.verify"), new FontIcon("mdi2s-shield-check"));
        verify.setId("evidence-verify");
        verify.disableProperty().bind(noFile);
        verify.setOnAction(e -> vm.verify(fileList.getSelectionModel().getSelectedItem()));
        Button remove = new Button(m.get("evidence.remove"), new FontIcon("mdi2d-delete"));
        remove.setId("evidence-remove");
        remove.disableProperty().bind(noFile.or(vm.busyProperty()));
        remove.setOnAction(e -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(m.get("common.confirm"), m.get("evidence.remove.confirm", f.fileName()))) {
                vm.removeFile(f);
            }
        });
        showIf(vm.canWrite(), attach, remove);
        HBox buttons = new HBox(8, attach, copy, verify, remove, state);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(m.get("evidence.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        VBox box = new VBox(6, heading, fileList, buttons, help);
        box.setPadding(new Insets(0, 0, 0, 16));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> label) {
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

    /** The field typed for searching persons (tests and keyboard focus). */
    TextField personSearchField() {
        return formView.personSearch();
    }
}
