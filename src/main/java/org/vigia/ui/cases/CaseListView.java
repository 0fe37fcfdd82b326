package org.vigia.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.ui.common.Labels;

/** The case list: search, filters, a paged table and the total. */
public final class CaseListView extends BorderPane {
    static final javafx.util.Duration DEBOUNCE = javafx.util.Duration.millis(300);
    private final CaseListViewModel vm;
    private final Messages m;
    private final TextField search = new TextField();
    private final TableView<CaseSummary> table = new TableView<>();

    public CaseListView(CaseListViewModel vm, Messages m, Consumer<UUID> open, Runnable create) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("case-list");
        setTop(toolbar(create));
        setCenter(buildTable());
        Label error = new Label();
        error.setId("case-list-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        setBottom(error);
        table.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                e.consume();
            }
        });
    }

    private HBox toolbar(Runnable create) {
        search.setId("case-search");
        search.setPromptText(m.get("cases.search.prompt"));
        search.setPrefColumnCount(24);
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(e -> vm.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            vm.search(search.getText());
        });

        ComboBox<Operation> operation = new ComboBox<>(Labels.withNone(vm.operationChoices()));
        operation.setId("filter-operation");
        Labels.show(operation, Operation::code, m.get("cases.filter.operation"));
        operation.valueProperty().bindBidirectional(vm.operationProperty());

        ComboBox<CaseStatus> status = new ComboBox<>(withNull(CaseStatus.values()));
        status.setId("filter-status");
        Labels.show(status, s -> m.label("status", s), m.get("cases.filter.status"));
        status.valueProperty().bindBidirectional(vm.statusProperty());

        ComboBox<OffenceType> offence = new ComboBox<>(withNull(OffenceType.values()));
        offence.setId("filter-offence");
        Labels.show(offence, o -> m.label("offence", o), m.get("cases.filter.offence"));
        offence.valueProperty().bindBidirectional(vm.offenceProperty());

        Label total = new Label();
        total.setId("case-total");
        total.getStyleClass().add("total");
        total.textProperty().bind(vm.totalTextProperty());

        Button add = new Button(m.get("cases.new"), new FontIcon("mdi2p-plus"));
        add.setId("case-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> create.run());
        add.setVisible(vm.canCreate());
        add.setManaged(vm.canCreate());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FontIcon magnifier = new FontIcon("mdi2m-magnify");
        HBox bar = new HBox(8, magnifier, search, operation, status, offence, spacer, total, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private static <T> javafx.collections.ObservableList<T> withNull(T[] values) {
        List<T> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(values));
        return FXCollections.observableArrayList(list);
    }

    private TableView<CaseSummary> buildTable() {
        table.setId("case-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("cases.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("col-number", "cases.col.number", CaseSummary::number, CaseSort.NUMBER, 170));
        table.getColumns().add(column("col-title", "cases.col.title", CaseSummary::title, null, 320));
        table.getColumns().add(column("col-operation", "cases.col.operation", CaseSummary::operationCode, null, 115));
        table.getColumns().add(column("col-offences", "cases.col.offences", c -> c.offences().stream()
                .map(o -> m.label("offence", o)).collect(Collectors.joining(", ")), null, 200));
        table.getColumns().add(column("col-status", "cases.col.status", c -> m.label("status", c.status()), CaseSort.STATUS, 140));
        table.getColumns().add(column("col-opened", "cases.col.opened", c -> m.date(c.openedOn()), CaseSort.OPENED_ON, 115));
        table.getColumns().add(column("col-place", "cases.col.place", c -> join(c.locality(), m.country(c.country())), null, 240));
        table.getColumns().add(column("col-lead", "cases.col.lead", CaseSummary::leadInvestigator, null, 160));
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(CaseSort.NUMBER, true);
                return true;
            }
            TableColumn<CaseSummary, ?> first = t.getSortOrder().get(0);
            CaseSort by = (CaseSort) first.getUserData();
            vm.sortBy(by, first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        return table;
    }

    private static String join(String locality, String country) {
        return locality == null || locality.isBlank() ? country : locality + ", " + country;
    }

    private TableColumn<CaseSummary, String> column(String id, String key, Function<CaseSummary, String> value,
                                                    CaseSort sort, double width) {
        TableColumn<CaseSummary, String> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        if (sort != null || id.equals("col-operation")) {
            col.setMinWidth(width); // numbers, codes, statuses and dates are never cut
        }
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        col.setSortable(sort != null);
        col.setUserData(sort);
        return col;
    }

    /** Focuses the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

}
