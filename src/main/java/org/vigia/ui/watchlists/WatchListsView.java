package org.vigia.ui.watchlists;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;

/** The Watch lists area: the versions of every list, Import list… with progress, Cancel and the report. */
public final class WatchListsView extends VBox {
    private final WatchListsViewModel vm;

    public WatchListsView(WatchListsViewModel vm, Messages m) {
        super(10);
        this.vm = vm;
        setId("watchlists-view");
        getStyleClass().add("watchlists-view");
        setPadding(new Insets(12));
        Label title = new Label(m.get("watchlist.title"));
        title.getStyleClass().add("title-3");
        Label help = new Label(m.get("watchlist.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);

        TableView<WatchListsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("watchlist-table");
        table.setPlaceholder(new Label(m.get("watchlist.none")));
        table.getColumns().add(column(m.get("watchlist.col.list"), WatchListsViewModel.Row::list, 220));
        table.getColumns().add(column(m.get("watchlist.col.kind"), WatchListsViewModel.Row::kind, 150));
        table.getColumns().add(column(m.get("watchlist.col.version"), WatchListsViewModel.Row::version, 90));
        table.getColumns().add(column(m.get("watchlist.col.state"), WatchListsViewModel.Row::state, 110));
        table.getColumns().add(column(m.get("watchlist.col.date"), WatchListsViewModel.Row::date, 110));
        table.getColumns().add(column(m.get("watchlist.col.source"), WatchListsViewModel.Row::source, 220));
        table.getColumns().add(column(m.get("watchlist.col.entries"), WatchListsViewModel.Row::entries, 100));
        table.getColumns().add(column(m.get("watchlist.col.importedAt"), WatchListsViewModel.Row::importedAt, 160));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button importList = new Button(m.get("watchlist.import"));
        importList.setId("watchlist-import");
        importList.setOnAction(e -> vm.chooseAndImport());
        importList.disableProperty().bind(vm.runningProperty());
        importList.setVisible(vm.canImport());
        importList.setManaged(vm.canImport());
        ProgressBar progress = new ProgressBar();
        progress.setId("watchlist-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(m.get("import.cancel"));
        cancel.setId("watchlist-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox runRow = new HBox(8, importList, progress, cancel);
        runRow.setVisible(vm.canImport());
        runRow.setManaged(vm.canImport());

        Label summary = new Label();
        summary.setId("watchlist-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        TableView<WatchListsViewModel.Rejected> rejected = new TableView<>(vm.rejected());
        rejected.setId("watchlist-rejected");
        rejected.setPlaceholder(new Label(""));
        TableColumn<WatchListsViewModel.Rejected, String> line = new TableColumn<>(m.get("import.col.line"));
        line.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(String.valueOf(c.getValue().line())));
        line.setPrefWidth(70);
        TableColumn<WatchListsViewModel.Rejected, String> reason = new TableColumn<>(m.get("import.col.reason"));
        reason.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().reason()));
        reason.setPrefWidth(700);
        rejected.getColumns().add(line);
        rejected.getColumns().add(reason);
        rejected.setPrefHeight(180);
        rejected.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.rejected()));
        rejected.managedProperty().bind(rejected.visibleProperty());
        getChildren().addAll(title, help, table, runRow, summary, rejected);
    }

    private static TableColumn<WatchListsViewModel.Row, String> column(String title,
                                                                        Function<WatchListsViewModel.Row, String> value,
                                                                        double width) {
        TableColumn<WatchListsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public WatchListsViewModel viewModel() {
        return vm;
    }

    /** Reloads the lists (each time the area is shown). */
    public void refresh() {
        vm.load();
    }
}
