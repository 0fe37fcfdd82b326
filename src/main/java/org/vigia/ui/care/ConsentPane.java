package org.vigia.ui.care;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ConsentState;
import org.vigia.service.care.ConsentService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.TaskRunner;

/**
 * The consent of one victim (a tab of the victim's protection view): the answers in force on top,
 * the history of answers (never edited; a withdrawal is a new answer) and the form of a new one.
 * Loads itself when built.
 */
public final class ConsentPane extends BorderPane {
    private final ConsentViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final CareLabels labels;

    public ConsentPane(ConsentService consent, Messages m, TaskRunner runner, DialogService dialogs, UUID linkId) {
        this.vm = new ConsentViewModel(consent, m, runner, linkId);
        this.m = m;
        this.dialogs = dialogs;
        this.labels = new CareLabels(m);
        setId("consent-pane");
        getStyleClass().add("care-pane");
        setTop(new VBox(inForce(), toolbar()));
        SplitPane split = new SplitPane(table(), form());
        split.setDividerPositions(0.62);
        setCenter(split);
        vm.load();
    }

    public Node node() {
        return this;
    }

    public ConsentViewModel viewModel() {
        return vm;
    }

    private GridPane inForce() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(12, 16, 4, 16));
        grid.getStyleClass().add("care-consent-state");
        row(grid, 0, "care.consent.inForce.services", "consent-services",
                s -> labels.inForce(s.latest(ConsentKind.SERVICES).orElse(null)));
        row(grid, 1, "care.consent.inForce.reporting", "consent-reporting",
                s -> labels.inForce(s.latest(ConsentKind.NON_IDENTIFIABLE_REPORTING).orElse(null)));
        row(grid, 2, "care.consent.inForce.sharing", "consent-sharing", this::sharing);
        return grid;
    }

    private void row(GridPane grid, int row, String key, String id, java.util.function.Function<ConsentState, String> text) {
        Label name = new Label(m.get(key));
        name.getStyleClass().add("text-bold");
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.textProperty().bind(Bindings.createStringBinding(() -> text.apply(vm.currentProperty().get()),
                vm.currentProperty()));
        grid.addRow(row, name, value);
    }

    private String sharing(ConsentState s) {
        if (s.sharing().isEmpty()) {
            return m.get("care.consent.sharing.none");
        }
        return s.sharing().stream().map(r -> m.get("care.consent.sharing.one", r.organisation(), labels.inForce(r)))
                .collect(Collectors.joining(" \u00b7 "));
    }

    private HBox toolbar() {
        Button withdraw = CareViews.button("consent-withdraw", m.get("care.consent.withdraw"), "mdi2c-cancel");
        withdraw.getStyleClass().add("danger");
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.busyProperty().get() || !vm.canWithdraw(vm.selectedProperty().get()),
                vm.selectedProperty(), vm.busyProperty(), vm.currentProperty()));
        withdraw.setOnAction(e -> {
            ConsentRecord r = vm.selectedProperty().get();
            if (r != null && dialogs.confirm(m.get("common.confirm"), m.get("care.consent.withdraw.confirm",
                    what(r)))) {
                vm.withdraw(r);
            }
        });
        CareViews.showIf(vm.canWrite(), withdraw);
        return CareViews.bar(withdraw, CareViews.message("consent-message", vm.messageProperty()));
    }

    /** "Services", or "Sharing with IOM". */
    private String what(ConsentRecord r) {
        return r.kind() == ConsentKind.SHARING ? m.get("care.consent.sharingWith", r.organisation())
                : labels.kind(r.kind());
    }

    private TableView<ConsentRecord> table() {
        TableView<ConsentRecord> table = CareViews.table("consent-table", m.get("care.consent.empty"));
        table.setItems(vm.history());
        table.getColumns().setAll(List.of(
                CareViews.<ConsentRecord>column(m, "care.consent.column.on", 105, r -> m.date(r.on())),
                CareViews.<ConsentRecord>column(m, "care.consent.column.kind", 200, r -> labels.kind(r.kind())),
                CareViews.<ConsentRecord>column(m, "care.consent.column.organisation", 140,
                        r -> r.organisation() == null ? "" : r.organisation()),
                CareViews.<ConsentRecord>column(m, "care.consent.column.answer", 150, labels::answer),
                CareViews.<ConsentRecord>column(m, "care.consent.column.takenBy", 150,
                        r -> r.takenBy() == null ? "" : r.takenBy()),
                CareViews.<ConsentRecord>column(m, "care.consent.column.recordedBy", 90, ConsentRecord::recordedBy)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private BorderPane form() {
        FormGrid grid = new FormGrid(m, vm.errors(), "consent-error-");
        grid.section(m.get("care.consent.heading"), "title-4");
        grid.field("consentKind", CareViews.combo("consent-kind", ConsentKind.values(), labels::kind, null,
                vm.kindProperty()), null);
        TextField organisation = CareViews.text("consent-organisation", vm.organisationProperty());
        organisation.disableProperty().bind(vm.kindProperty().isNotEqualTo(ConsentKind.SHARING));
        grid.field("organisation", organisation, m.get("care.consent.organisation.help"));
        ToggleGroup answer = new ToggleGroup();
        RadioButton yes = new RadioButton(m.get("care.consent.answer.yes"));
        yes.setId("consent-given");
        yes.setToggleGroup(answer);
        RadioButton no = new RadioButton(m.get("care.consent.answer.no"));
        no.setId("consent-refused");
        no.setToggleGroup(answer);
        yes.setSelected(vm.givenProperty().get());
        no.setSelected(!vm.givenProperty().get());
        yes.selectedProperty().addListener((o, a, b) -> vm.givenProperty().set(b));
        vm.givenProperty().addListener((o, a, b) -> (b ? yes : no).setSelected(true));
        grid.field("consentGiven", new HBox(16, yes, no), null);
        DatePicker on = CareViews.date(m, "consent-date", vm.onProperty());
        grid.field("consentOn", on, null);
        grid.field("takenBy", CareViews.text("consent-taken-by", vm.takenByProperty()), m.get("care.consent.takenBy.help"));
        Button record = CareViews.button("consent-record", m.get("care.consent.record"), "mdi2c-content-save");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(vm.busyProperty());
        record.setOnAction(e -> {
            if (CareViews.commitDates(Map.of("consentOn", on), vm.errors(), m)) {
                vm.record();
            }
        });
        CareViews.showIf(vm.canWrite(), record);
        BorderPane box = new BorderPane(CareViews.scrolled(grid));
        box.setBottom(CareViews.bar(record));
        return box;
    }
}
