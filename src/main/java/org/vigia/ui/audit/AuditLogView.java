package org.vigia.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditEvent;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.Labels;

/** The audit log: filters, the total, a paged table of events and the chain's verification. */
public final class AuditLogView extends BorderPane {
    private final AuditLogViewModel vm;
    private final Messages m;
    private final TableView<AuditEvent> table = new TableView<>();

    public AuditLogView(AuditLogViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("audit-log");
        setTop(new VBox(filters(), verifyBar()));
        setCenter(buildTable());
        Label error = new Label();
        error.setId("audit-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setPadding(new Insets(4, 8, 4, 8));
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        setBottom(error);
    }

    private HBox filters() {
        ComboBox<String> user = new ComboBox<>(Labels.withNone(vm.userChoices()));
        user.setId("audit-filter-user");
        user.setPrefWidth(170); // fixed widths: choosing a value does not move the other filters
        Labels.show(user, u -> u, m.get("audit.log.filter.user"));
        user.valueProperty().bindBidirectional(vm.userProperty());

        ComboBox<String> action = new ComboBox<>(Labels.withNone(vm.actionChoices()));
        action.setId("audit-filter-action");
        action.setPrefWidth(190);
        Labels.show(action, vm::actionLabel, m.get("audit.log.filter.action"));
        action.valueProperty().bindBidirectional(vm.actionProperty());

        DatePicker from = datePicker("audit-filter-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("audit-filter-to");
        to.valueProperty().bindBidirectional(vm.toProperty());

        Button clear = new Button(m.get("audit.log.clear"), new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId("audit-clear");
        clear.setOnAction(e -> {
            // the editors may hold text that is not a date (and so no value to clear)
            from.getEditor().clear();
            to.getEditor().clear();
            vm.clear();
        });

        Label total = new Label();
        total.setId("audit-total");
        total.getStyleClass().add("total");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(vm.totalTextProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new FontIcon("mdi2f-filter-outline"), user, action,
                caption("audit.log.from"), from, caption("audit.log.to"), to, clear, spacer, total);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private HBox verifyBar() {
        Button verify = new Button(m.get("audit.log.verify"), new FontIcon("mdi2s-shield-check-outline"));
        verify.setId("audit-verify");
        verify.setMinWidth(Region.USE_PREF_SIZE);
        verify.disableProperty().bind(vm.verifyingProperty());
        verify.setOnAction(e -> vm.verify());

        Label result = new Label();
        result.setId("audit-verify-result");
        result.getStyleClass().add("audit-verdict");
        result.setWrapText(true);
        result.textProperty().bind(vm.verifyTextProperty());
        vm.verdictProperty().addListener((o, a, v) -> style(result, v));
        style(result, vm.verdictProperty().get());

        HBox bar = new HBox(12, verify, result);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private static void style(Label result, AuditLogViewModel.Verdict v) {
        result.getStyleClass().removeAll("success", "danger");
        if (v == AuditLogViewModel.Verdict.OK) {
            result.getStyleClass().add("success");
        } else if (v == AuditLogViewModel.Verdict.BROKEN) {
            result.getStyleClass().add("danger");
        }
        result.setGraphic(v == AuditLogViewModel.Verdict.OK ? new FontIcon("mdi2c-check-circle")
                : v == AuditLogViewModel.Verdict.BROKEN ? new FontIcon("mdi2a-alert-octagon") : null);
    }

    private Label caption(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private DatePicker datePicker(String id) {
        DatePicker picker = DateFields.picker(m.locale());
        picker.setId(id);
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        return picker;
    }

    private TableView<AuditEvent> buildTable() {
        table.setId("audit-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("audit.log.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit-col-seq", "audit.log.col.seq", e -> String.valueOf(e.seq()), 80));
        table.getColumns().add(column("audit-col-time", "audit.log.col.time", e -> vm.time(e.occurredAt()), 190));
        table.getColumns().add(column("audit-col-user", "audit.log.col.user", AuditEvent::user, 160));
        table.getColumns().add(column("audit-col-action", "audit.log.col.action", e -> vm.actionLabel(e.action()), 170));
        table.getColumns().add(column("audit-col-entity", "audit.log.col.entity", e -> vm.entityLabel(e.entityType()), 110));
        table.getColumns().add(column("audit-col-summary", "audit.log.col.summary", AuditEvent::summary, 360));
        return table;
    }

    private TableColumn<AuditEvent, String> column(String id, String key, Function<AuditEvent, String> value, double width) {
        TableColumn<AuditEvent, String> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        if (!id.equals("audit-col-summary")) {
            col.setMinWidth(Math.min(width, 110));
        }
        col.setSortable(false); // always newest first
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        return col;
    }
}
