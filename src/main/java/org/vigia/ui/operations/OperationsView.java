package org.vigia.ui.operations;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Operation;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** Operations: the list on the left, the selected operation's form on the right. */
public final class OperationsView extends SplitPane {
    private final OperationsViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final TableView<Operation> table = new TableView<>();
    private final FormGrid form;

    public OperationsView(OperationsViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.form = new FormGrid(m, vm.errors(), "ops-error-");
        getItems().addAll(listPane(), formPane());
        setDividerPositions(0.45);
    }

    private Node listPane() {
        table.setId("ops-table");
        table.setItems(vm.operations());
        table.setPlaceholder(new Label(m.get("ops.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("ops.col.code", Operation::code, 120));
        table.getColumns().add(col("ops.col.name", Operation::name, 200));
        table.getColumns().add(col("ops.col.start", o -> m.date(o.startDate()), 100));
        table.getColumns().add(col("ops.col.end", o -> m.date(o.endDate()), 100));
        table.getColumns().add(col("ops.col.countries", o -> m.number(o.countries().size()), 80));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                switchTo(now);
            }
        });
        Button add = new Button(m.get("ops.new"), new FontIcon("mdi2p-plus"));
        add.setId("ops-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> switchTo(null));
        add.setVisible(vm.canWrite());
        add.setManaged(vm.canWrite());
        HBox bar = new HBox(8, add);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }

    private void switchTo(Operation op) {
        if (vm.dirtyProperty().get() && !dialogs.confirm(m.get("common.confirm"),
                m.get("common.unsaved", vm.headingProperty().get()))) {
            return;
        }
        vm.edit(op);
    }

    private TableColumn<Operation, String> col(String key, java.util.function.Function<Operation, String> f, double w) {
        TableColumn<Operation, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private Node formPane() {
        form.section("", "title-3").textProperty().bind(vm.headingProperty());

        TextField code = text("ops-code", vm.codeProperty());
        form.field("code", code, null);
        form.field("name", text("ops-name", vm.nameProperty()), null);
        DatePicker start = DateFields.picker(m.locale());
        start.setId("ops-start");
        start.valueProperty().bindBidirectional(vm.startProperty());
        form.field("startDate", start, null);
        DatePicker end = DateFields.picker(m.locale());
        end.setId("ops-end");
        end.valueProperty().bindBidirectional(vm.endProperty());
        form.field("endDate", end, null);

        SearchableComboBox<String> picker = new SearchableComboBox<>();
        picker.setId("ops-country-picker");
        picker.getItems().setAll(m.countryCodesByName());
        picker.setConverter(Labels.converter(m::country, ""));
        picker.setPromptText(m.get("ops.country.prompt"));
        picker.valueProperty().addListener((o, a, cc) -> {
            if (cc != null) {
                vm.addCountry(cc);
                javafx.application.Platform.runLater(() -> picker.setValue(null));
            }
        });
        FlowPane countryChips = org.vigia.ui.common.Chips.of("ops-countries", vm.countries(), m::country);
        form.field("countries", new VBox(6, picker, countryChips), null);
        form.field("coordinationUnit", text("ops-coordination", vm.coordinationUnitProperty()), null);

        TextField partner = new TextField();
        partner.setId("ops-partner");
        partner.setPromptText(m.get("ops.partner.prompt"));
        Button addPartner = new Button(m.get("common.add"));
        addPartner.setId("ops-partner-add");
        Runnable add = () -> {
            vm.addPartner(partner.getText());
            partner.clear();
        };
        partner.setOnAction(e -> add.run());
        addPartner.setOnAction(e -> add.run());
        HBox partnerRow = new HBox(6, partner, addPartner);
        HBox.setHgrow(partner, Priority.ALWAYS);
        form.field("partners", new VBox(6, partnerRow, org.vigia.ui.common.Chips.of("ops-partners", vm.partners(), s -> s)), null);

        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("ops-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save(start, end));
        save.setVisible(vm.canWrite());
        save.setManaged(vm.canWrite());
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("ops-cancel");
        cancel.disableProperty().bind(vm.dirtyProperty().not());
        cancel.setOnAction(e -> vm.edit(vm.draft().id() == null ? null
                : vm.operations().stream().filter(o -> o.id().equals(vm.draft().id())).findFirst().orElse(null)));
        Label message = new Label();
        message.setId("ops-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(8, save, cancel, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.wide(buttons);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Typed dates count even before Enter; text that is not a date is named, not saved. */
    private void save(DatePicker start, DatePicker end) {
        boolean bad = !DateFields.commitTyped(java.util.Map.of("startDate", start, "endDate", end), vm.errors(), m);
        if (!bad) {
            vm.save();
        }
    }

    public boolean hasUnsavedChanges() {
        return vm.dirtyProperty().get();
    }

    private TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
