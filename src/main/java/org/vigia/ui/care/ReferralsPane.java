package org.vigia.ui.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;
import org.vigia.model.CareLimits;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.service.care.ReferralService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.TaskRunner;

/**
 * The referrals of one victim (a tab of the victim's protection view): the list on the left, the
 * form of the selected or a new referral on the right, and the status changes with their date
 * above. Loads itself when built.
 */
public final class ReferralsPane extends BorderPane {
    private final ReferralsViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final CareLabels labels;
    private final TableView<ServiceReferral> table = CareViews.table("referral-table", "");
    private final Map<String, DatePicker> dates = new LinkedHashMap<>();

    public ReferralsPane(ReferralService referrals, Messages m, TaskRunner runner, DialogService dialogs, UUID linkId) {
        this.vm = new ReferralsViewModel(referrals, m, runner, linkId);
        this.m = m;
        this.dialogs = dialogs;
        this.labels = new CareLabels(m);
        setId("referrals-pane");
        getStyleClass().add("care-pane");
        setTop(toolbar());
        SplitPane split = new SplitPane(table(), form());
        split.setDividerPositions(0.62);
        setCenter(split);
        vm.load();
    }

    /** This pane, to put in a tab. */
    public Node node() {
        return this;
    }

    public ReferralsViewModel viewModel() {
        return vm;
    }

    private VBox toolbar() {
        Button add = CareViews.button("referral-new", m.get("care.referral.new"), "mdi2p-plus");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.startNew();
        });
        Button accept = statusButton("referral-accept", ReferralStatus.ACCEPTED, "mdi2c-check");
        Button deliver = statusButton("referral-deliver", ReferralStatus.DELIVERED, "mdi2c-check-all");
        Button decline = statusButton("referral-decline", ReferralStatus.DECLINED, "mdi2c-close");
        DatePicker on = CareViews.date(m, "referral-status-date", vm.statusOnProperty());
        on.setPrefWidth(140);
        dates.put("statusOn", on);
        Label onLabel = new Label(m.get("care.referral.statusOn"));
        onLabel.setLabelFor(on);
        Button remove = CareViews.button("referral-remove", m.get("care.referral.remove"), "mdi2d-delete");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        remove.setOnAction(e -> {
            ServiceReferral r = vm.selectedProperty().get();
            if (r != null && dialogs.confirm(m.get("common.confirm"), m.get("care.referral.remove.confirm",
                    labels.service(r.type()), r.provider(), r.referredOn()))) {
                vm.remove();
            }
        });
        CareViews.showIf(vm.canWrite(), add, accept, deliver, decline, onLabel, on, remove);
        HBox actions = CareViews.bar(add, onLabel, on, accept, deliver, decline, remove);
        Label statusError = new Label();
        statusError.setId("referral-error-statusOn");
        statusError.getStyleClass().add("error-text");
        statusError.textProperty().bind(Bindings.createStringBinding(() -> {
            String e = vm.errors().get("statusOn");
            return e == null ? "" : m.get("validation.line", m.field("statusOn"), e);
        }, vm.errors()));
        statusError.managedProperty().bind(statusError.textProperty().isNotEmpty());
        statusError.visibleProperty().bind(statusError.managedProperty());
        HBox messages = CareViews.bar(statusError, CareViews.message("referral-message", vm.messageProperty()));
        messages.setPadding(new Insets(0, 16, 6, 16));
        messages.managedProperty().bind(statusError.textProperty().isNotEmpty().or(vm.messageProperty().isNotEmpty()));
        messages.visibleProperty().bind(messages.managedProperty());
        return new VBox(actions, messages);
    }

    private Button statusButton(String id, ReferralStatus to, String icon) {
        Button b = CareViews.button(id, m.get("care.referral.to." + to.name()), icon);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.busyProperty().get() || !vm.canMove(to),
                vm.selectedProperty(), vm.busyProperty()));
        b.setOnAction(e -> {
            if (CareViews.commitDates(Map.of("statusOn", dates.get("statusOn")), vm.errors(), m)) {
                vm.changeStatus(to);
            }
        });
        return b;
    }

    private TableView<ServiceReferral> table() {
        table.setPlaceholder(new Label(m.get("care.referral.empty")));
        table.setItems(vm.referrals());
        table.getColumns().setAll(List.of(
                CareViews.<ServiceReferral>column(m, "care.referral.column.service", 170, r -> labels.service(r.type())),
                CareViews.<ServiceReferral>column(m, "care.referral.column.provider", 220, ServiceReferral::provider),
                CareViews.<ServiceReferral>column(m, "care.referral.column.providerType", 140,
                        r -> labels.organization(r.providerType())),
                CareViews.<ServiceReferral>column(m, "care.referral.column.referredOn", 105, r -> m.date(r.referredOn())),
                CareViews.<ServiceReferral>column(m, "care.referral.column.status", 100, r -> labels.status(r.status())),
                CareViews.<ServiceReferral>column(m, "care.referral.column.statusOn", 105, r -> m.date(r.statusDate()))));
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

    private BorderPane form() {
        FormGrid grid = new FormGrid(m, vm.errors(), "referral-error-");
        Label heading = grid.section("", "title-4");
        heading.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.selectedProperty().get() == null
                ? "care.referral.heading.new" : "care.referral.heading.edit"), vm.selectedProperty()));
        grid.field("serviceType", CareViews.combo("referral-type", ServiceType.values(), labels::service, null,
                vm.typeProperty()), null);
        grid.field("provider", CareViews.text("referral-provider", vm.providerProperty()),
                m.get("care.referral.provider.help", CareLimits.PROVIDER));
        grid.field("providerType", CareViews.combo("referral-provider-type", OrganizationType.values(),
                labels::organization, m.get("common.none"), vm.providerTypeProperty()), null);
        DatePicker referredOn = CareViews.date(m, "referral-date", vm.referredOnProperty());
        dates.put("referredOn", referredOn);
        grid.field("referredOn", referredOn, null);
        grid.field("notes", CareViews.area("referral-notes", vm.notesProperty(), 3), null);
        Button save = CareViews.button("referral-save", m.get("common.save"), "mdi2c-content-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            if (CareViews.commitDates(Map.of("referredOn", referredOn), vm.errors(), m)) {
                vm.save();
            }
        });
        CareViews.showIf(vm.canWrite(), save);
        BorderPane box = new BorderPane(CareViews.scrolled(grid));
        box.setBottom(CareViews.bar(save));
        return box;
    }
}
