package org.vigia.ui.checkview;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.ControlFigures;
import org.vigia.model.Operation;
import org.vigia.model.PointFigures;
import org.vigia.ui.common.Labels;

/**
 * The Border checkpoints area: the range and operation filters with the totals; the transit
 * points with their figures, the controls of the selected point, the checks of the selected
 * control (with "Open case from check…"); and the watch-list hits for follow-up.
 */
public final class CheckpointsView extends BorderPane {
    private final CheckpointsViewModel vm;
    private final HitsViewModel hits;
    private final Messages m;
    private final CheckLabels labels;
    private final ZoneId zone;
    private final TableView<PointFigures> points = new TableView<>();
    private final TableView<ControlFigures> controls = new TableView<>();

    public CheckpointsView(CheckpointsViewModel vm, ControlChecksViewModel checks, CheckToCaseViewModel toCase,
                           HitsViewModel hits, Messages m, ZoneId zone) {
        this.vm = vm;
        this.hits = hits;
        this.m = m;
        this.labels = new CheckLabels(m);
        this.zone = zone;
        setId("checkview");
        getStyleClass().add("checkview");
        getStylesheets().add(CheckpointsView.class.getResource("checkview.css").toExternalForm());
        setTop(filters());
        buildPoints();
        buildControls();
        ChecksPane checksPane = new ChecksPane(checks, toCase, m, labels, zone);
        vm.controls().addListener((javafx.collections.ListChangeListener<ControlFigures>) c -> {
            ControlFigures shown = checks.controlProperty().get();
            if (shown != null && vm.controls().stream().noneMatch(x -> x.controlId().equals(shown.controlId()))) {
                checks.open(null);
            }
        });
        controls.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                checks.open(c);
            }
        });
        SplitPane split = new SplitPane(section("checkview.points.title", points), section("checkview.controls.title", controls),
                checksPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3, 0.58);
        Tab pointsTab = new Tab(m.get("checkview.tab.points"), split);
        pointsTab.setId("checkview-tab-points");
        Tab hitsTab = new Tab(m.get("checkview.tab.hits"), new HitsPane(hits, m, labels, zone));
        hitsTab.setId("checkview-tab-hits");
        hitsTab.setOnSelectionChanged(e -> {
            if (hitsTab.isSelected()) {
                hits.refresh();
            }
        });
        TabPane tabs = new TabPane(pointsTab, hitsTab);
        tabs.setId("checkview-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /** Loads the operations and the figures (each time the area is shown). */
    public void refresh() {
        vm.open();
    }

    private VBox filters() {
        DatePicker from = new DatePicker();
        from.setId("checkview-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("checkview-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<Operation> operation = new ComboBox<>(Labels.withNone(vm.operationChoices()));
        operation.setId("checkview-operation");
        Labels.show(operation, op -> op.code() + " \u00b7 " + op.name(), m.get("checkview.allOperations"));
        operation.valueProperty().bindBidirectional(vm.operationProperty());
        Button refresh = new Button(m.get("checkview.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("checkview-refresh");
        refresh.setDefaultButton(true);
        refresh.setOnAction(e -> vm.refresh());
        Label fromLabel = new Label(m.get("checkview.from"));
        fromLabel.setLabelFor(from);
        fromLabel.setMnemonicParsing(false);
        Label toLabel = new Label(m.get("checkview.to"));
        toLabel.setLabelFor(to);
        Label opLabel = new Label(m.get("checkview.operation"));
        opLabel.setLabelFor(operation);
        Label title = new Label(m.get("checkview.title"));
        title.getStyleClass().add("title-3");
        HBox bar = new HBox(8, fromLabel, from, toLabel, to, opLabel, operation, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label totals = new Label();
        totals.setId("checkview-totals");
        totals.getStyleClass().add("checkview-totals");
        totals.setWrapText(true);
        totals.textProperty().bind(vm.totalsTextProperty());
        Label error = new Label();
        error.setId("checkview-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(6, title, bar, totals, error);
        box.getStyleClass().add("toolbar-row");
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private void buildPoints() {
        points.setId("checkview-points");
        points.setItems(vm.points());
        points.setPlaceholder(new Label(m.get("checkview.points.none")));
        Columns.text(points, m.get("checkview.col.point"), 200, PointFigures::name);
        Columns.text(points, m.get("checkview.col.type"), 150, p -> labels.pointType(p.pointType()));
        Columns.text(points, m.get("checkview.col.place"), 190, p -> p.locality() == null ? m.country(p.country())
                : p.locality() + ", " + m.country(p.country()));
        Columns.text(points, m.get("checkview.col.controls"), 80, p -> m.number(p.controls()));
        Columns.figures(points, m, labels, PointFigures::counts);
        points.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.selectedPointProperty().set(p));
        vm.selectedPointProperty().addListener((o, a, p) -> {
            if (p == null) {
                points.getSelectionModel().clearSelection();
            } else if (!p.equals(points.getSelectionModel().getSelectedItem())) {
                points.getSelectionModel().select(p);
            }
        });
    }

    private void buildControls() {
        controls.setId("checkview-controls");
        controls.setItems(vm.controls());
        controls.setPlaceholder(new Label(m.get("checkview.controls.none")));
        Columns.text(controls, m.get("checkview.col.shift"), 300, c -> m.get("checkview.shift",
                m.dateTime(c.shiftStart(), zone), m.dateTime(c.shiftEnd(), zone)));
        Columns.text(controls, m.get("checkview.col.operation"), 90, ControlFigures::operationCode);
        Columns.text(controls, m.get("checkview.col.officers"), 160, c -> c.officers() == null ? "" : c.officers());
        Columns.figures(controls, m, labels, ControlFigures::counts);
    }

    private VBox section(String titleKey, TableView<?> table) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("checkview-pane-title");
        title.setLabelFor(table);
        VBox box = new VBox(2, title, table);
        box.setPadding(new Insets(0, 8, 0, 8));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    public HitsViewModel hits() {
        return hits;
    }
}
