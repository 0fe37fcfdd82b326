package org.vigia.ui.checkpoints;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;
import org.vigia.model.ControlSummary;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointType;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/**
 * The Checkpoints area: the transit points (list, filters, form) beside the controls of the
 * selected point (list, new control); opening a control gives it its own tab with the entry form.
 */
public final class CheckpointsView extends BorderPane {
    private final PointsViewModel points;
    private final ControlsViewModel controls;
    private final Function<ControlSummary, CheckEntryViewModel> entry;
    private final Messages m;
    private final TabPane tabs = new TabPane();
    private final Map<UUID, Tab> open = new HashMap<>();

    public CheckpointsView(PointsViewModel points, ControlsViewModel controls,
                           Function<ControlSummary, CheckEntryViewModel> entry, Messages m) {
        this.points = points;
        this.controls = controls;
        this.entry = entry;
        this.m = m;
        setId("checkpoints-area");
        getStylesheets().add(CheckpointsView.class.getResource("checkpoints.css").toExternalForm());
        SplitPane split = new SplitPane(pointsPane(), controlsPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        Tab home = new Tab(m.get("checkpoint.points.tab"), split);
        home.setId("checkpoints-tab-points");
        home.setClosable(false);
        tabs.getTabs().add(home);
        tabs.setId("checkpoints-tabs");
        setCenter(tabs);
        points.editingProperty().addListener((o, a, p) -> controls.show(p));
        points.setOnChanged(controls::reload);
    }

    /** Loads the point list (each time the area is shown). */
    public void refresh() {
        points.load();
        controls.reload();
    }

    /** Opens (or selects) the tab of control {@code c}. */
    public void openControl(ControlSummary c) {
        Tab tab = open.get(c.control().id());
        if (tab == null) {
            CheckEntryViewModel vm = entry.apply(c);
            String header = m.get("checkpoint.control.header", c.pointName(), c.operationCode(),
                    controls.shiftText(c.control()), c.control().officers() == null ? "" : c.control().officers());
            ControlTabView view = new ControlTabView(vm, m, header);
            tab = new Tab(m.get("checkpoint.control.tab", c.pointName(),
                    ControlsViewModel.TIME.format(c.control().shiftStart().atZone(controls.zone()))), view);
            tab.setId("control-tab-" + c.control().id());
            tab.setOnClosed(e -> open.remove(c.control().id()));
            open.put(c.control().id(), tab);
            tabs.getTabs().add(tab);
            vm.load();
            tabs.getSelectionModel().select(tab);
            javafx.application.Platform.runLater(view::focusEntry);
        } else {
            tabs.getSelectionModel().select(tab);
        }
    }

    private Node pointsPane() {
        TextField search = new TextField();
        search.setId("point-search");
        search.setPromptText(m.get("checkpoint.points.search"));
        search.textProperty().bindBidirectional(points.searchProperty());
        search.setOnAction(e -> points.load());
        ComboBox<TransitPointType> type = new ComboBox<>(Labels.withNone(
                javafx.collections.FXCollections.observableArrayList(TransitPointType.values())));
        type.setId("point-filter-type");
        Labels.show(type, t -> m.label("checkpoint.pointType", t), m.get("checkpoint.points.allTypes"));
        type.valueProperty().bindBidirectional(points.typeFilterProperty());
        type.valueProperty().addListener((o, a, n) -> points.load());
        TextField country = new TextField();
        country.setId("point-filter-country");
        country.setPromptText(m.get("checkpoint.points.allCountries"));
        country.setPrefColumnCount(4);
        country.textProperty().bindBidirectional(points.countryFilterProperty());
        country.setOnAction(e -> points.load());
        HBox filters = new HBox(6, search, type, country);
        HBox.setHgrow(search, Priority.ALWAYS);
        TableView<TransitPoint> table = new TableView<>(points.rows());
        table.setPlaceholder(new Label(m.get("checkpoint.points.none")));
        table.setId("point-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("checkpoint.col.name"), TransitPoint::name, 200));
        table.getColumns().add(column(m.get("checkpoint.col.type"), p -> m.label("checkpoint.pointType", p.type()), 140));
        table.getColumns().add(column(m.get("checkpoint.col.country"), p -> m.country(p.country()), 110));
        table.getColumns().add(column(m.get("checkpoint.col.locality"), p -> p.locality() == null ? "" : p.locality(), 120));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                points.edit(p);
            }
        });
        Label count = new Label();
        count.setId("point-count");
        count.textProperty().bind(points.countTextProperty());
        VBox box = new VBox(6, filters, table, count, pointForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node pointForm() {
        FormGrid form = new FormGrid(m, points.errors(), "point-error-");
        form.setPadding(new Insets(4, 0, 0, 0));
        form.section(m.get("checkpoint.points.formTitle"), "entry-section");
        ComboBox<TransitPointType> type = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                TransitPointType.values()));
        type.setId("point-type");
        Labels.show(type, t -> m.label("checkpoint.pointType", t), "");
        type.valueProperty().bindBidirectional(points.typeProperty());
        form.field("pointType", type, null);
        form.field("pointName", field("point-name", points.nameProperty()), null);
        form.field("country", field("point-country", points.countryProperty()), null);
        form.field("locality", field("point-locality", points.localityProperty()), null);
        TextField lat = field("point-latitude", points.latitudeProperty());
        TextField lon = field("point-longitude", points.longitudeProperty());
        form.field("latitude", lat, m.get("checkpoint.points.coordinatesHelp"));
        form.field("longitude", lon, null);
        Button save = new Button(m.get("checkpoint.points.save"));
        save.setId("point-save");
        save.setOnAction(e -> points.save());
        Button create = new Button(m.get("checkpoint.points.new"));
        create.setId("point-new");
        create.setOnAction(e -> points.edit(null));
        Button remove = new Button(m.get("checkpoint.points.remove"));
        remove.setId("point-remove");
        remove.disableProperty().bind(points.editingProperty().isNull());
        remove.setOnAction(e -> points.remove());
        Label message = new Label();
        message.setId("point-message");
        message.textProperty().bind(points.messageProperty());
        HBox buttons = new HBox(6, save, create, remove, message);
        buttons.setDisable(!points.canWrite());
        form.wide(buttons);
        return form;
    }

    private Node controlsPane() {
        Label title = new Label();
        title.setId("controls-title");
        title.getStyleClass().add("entry-section");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> controls.pointProperty().get() == null
                ? m.get("checkpoint.controls.none") : controls.pointProperty().get().name() + " \u2014 "
                + m.get("checkpoint.controls.title"), controls.pointProperty()));
        TableView<ControlSummary> table = new TableView<>(controls.rows());
        table.setPlaceholder(new Label(m.get("checkpoint.controls.empty")));
        table.setId("control-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(summaryColumn(m.get("checkpoint.col.shift"), s -> controls.shiftText(s.control()), 220));
        table.getColumns().add(summaryColumn(m.get("checkpoint.col.operation"), ControlSummary::operationCode, 110));
        table.getColumns().add(summaryColumn(m.get("checkpoint.col.checks"), s -> m.number(s.checks()), 80));
        table.getColumns().add(summaryColumn(m.get("checkpoint.col.tallied"), s -> m.number(s.tallyPersons()), 110));
        table.getColumns().add(summaryColumn(m.get("checkpoint.col.officers"),
                s -> s.control().officers() == null ? "" : s.control().officers(), 140));
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<ControlSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openControl(row.getItem());
                }
            });
            return row;
        });
        Button openButton = new Button(m.get("checkpoint.controls.open"));
        openButton.setId("control-open");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> openControl(table.getSelectionModel().getSelectedItem()));
        FormGrid form = new FormGrid(m, controls.errors(), "control-error-");
        form.setPadding(new Insets(4, 0, 0, 0));
        form.section(m.get("checkpoint.controls.new"), "entry-section");
        ComboBox<Operation> op = new ComboBox<>(controls.operationChoices());
        op.setId("control-operation");
        Labels.show(op, o -> o.code() + " \u2014 " + o.name(), "");
        op.valueProperty().bindBidirectional(controls.operationProperty());
        form.field("operationId", op, null);
        String timeHelp = m.get("checkpoint.controls.timeHelp", controls.zone().getId());
        form.field("shiftStart", field("control-start", controls.shiftStartProperty()), timeHelp);
        form.field("shiftEnd", field("control-end", controls.shiftEndProperty()), null);
        form.field("officers", field("control-officers", controls.officersProperty()), null);
        form.field("notes", field("control-notes", controls.notesProperty()), null);
        Button save = new Button(m.get("checkpoint.controls.save"));
        save.setId("control-save");
        save.setOnAction(e -> controls.save(this::openControl));
        Label message = new Label();
        message.setId("control-message");
        message.textProperty().bind(controls.messageProperty());
        HBox buttons = new HBox(6, save, message);
        buttons.setDisable(!controls.canWrite());
        form.wide(buttons);
        form.disableProperty().bind(controls.pointProperty().isNull());
        VBox box = new VBox(6, title, table, openButton, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static TableColumn<TransitPoint, String> column(String title, Function<TransitPoint, String> value, double w) {
        TableColumn<TransitPoint, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<ControlSummary, String> summaryColumn(String title, Function<ControlSummary, String> value,
                                                                     double w) {
        TableColumn<ControlSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }
}
