package org.vigia.ui.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.vigia.l10n.Messages;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.service.care.SupportPlanService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.TaskRunner;

/**
 * The support plan of one victim (HTCDS; a tab of the victim's protection view): its items on the
 * left, the form of the selected or a new item on the right. Loads itself when built.
 */
public final class SupportPlanPane extends BorderPane {
    private final SupportPlanViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final CareLabels labels;
    private final TableView<SupportPlanItem> table = CareViews.table("plan-table", "");

    public SupportPlanPane(SupportPlanService plan, Messages m, TaskRunner runner, DialogService dialogs, UUID linkId) {
        this.vm = new SupportPlanViewModel(plan, m, runner, linkId);
        this.m = m;
        this.dialogs = dialogs;
        this.labels = new CareLabels(m);
        setId("plan-pane");
        getStyleClass().add("care-pane");
        setTop(toolbar());
        SplitPane split = new SplitPane(table(), form());
        split.setDividerPositions(0.62);
        setCenter(split);
        vm.load();
    }

    public Node node() {
        return this;
    }

    public SupportPlanViewModel viewModel() {
        return vm;
    }

    private Node toolbar() {
        Button add = CareViews.button("plan-new", m.get("care.plan.new"), "mdi2p-plus");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.startNew();
        });
        Button remove = CareViews.button("plan-remove", m.get("care.plan.remove"), "mdi2d-delete");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        remove.setOnAction(e -> {
            SupportPlanItem i = vm.selectedProperty().get();
            if (i != null && dialogs.confirm(m.get("common.confirm"), m.get("care.plan.remove.confirm",
                    labels.plan(i.type())))) {
                vm.remove();
            }
        });
        CareViews.showIf(vm.canWrite(), add, remove);
        return CareViews.bar(add, remove, CareViews.message("plan-message", vm.messageProperty()));
    }

    private TableView<SupportPlanItem> table() {
        table.setPlaceholder(new Label(m.get("care.plan.empty")));
        table.setItems(vm.items());
        table.getColumns().setAll(List.of(
                CareViews.<SupportPlanItem>column(m, "care.plan.column.type", 130, i -> labels.plan(i.type())),
                CareViews.<SupportPlanItem>column(m, "care.plan.column.objectives", 260, i -> firstLine(i.objectives())),
                CareViews.<SupportPlanItem>column(m, "care.plan.column.start", 105, i -> m.date(i.startOn())),
                CareViews.<SupportPlanItem>column(m, "care.plan.column.plannedEnd", 105, i -> m.date(i.plannedEndOn())),
                CareViews.<SupportPlanItem>column(m, "care.plan.column.actualEnd", 105, i -> m.date(i.actualEndOn())),
                CareViews.<SupportPlanItem>column(m, "care.plan.column.state", 90, i -> m.get(vm.stateKey(i)))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        return table;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " \u2026";
    }

    private BorderPane form() {
        FormGrid grid = new FormGrid(m, vm.errors(), "plan-error-");
        Label heading = grid.section("", "title-4");
        heading.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.selectedProperty().get() == null
                ? "care.plan.heading.new" : "care.plan.heading.edit"), vm.selectedProperty()));
        grid.field("planType", CareViews.combo("plan-type", SupportPlanType.values(), labels::plan, null,
                vm.typeProperty()), null);
        grid.field("objectives", CareViews.area("plan-objectives", vm.objectivesProperty(), 2), null);
        grid.field("planActions", CareViews.area("plan-actions", vm.actionsProperty(), 3), null);
        Map<String, DatePicker> dates = new LinkedHashMap<>();
        dates.put("startOn", CareViews.date(m, "plan-start", vm.startOnProperty()));
        dates.put("plannedEndOn", CareViews.date(m, "plan-planned-end", vm.plannedEndOnProperty()));
        dates.put("actualEndOn", CareViews.date(m, "plan-actual-end", vm.actualEndOnProperty()));
        dates.forEach((field, picker) -> grid.field(field, picker, null));
        grid.field("notes", CareViews.area("plan-notes", vm.notesProperty(), 2), null);
        Button save = CareViews.button("plan-save", m.get("common.save"), "mdi2c-content-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            if (CareViews.commitDates(dates, vm.errors(), m)) {
                vm.save();
            }
        });
        CareViews.showIf(vm.canWrite(), save);
        BorderPane box = new BorderPane(CareViews.scrolled(grid));
        box.setBottom(CareViews.bar(save));
        return box;
    }
}
