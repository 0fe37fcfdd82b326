package org.vigia.ui.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.vigia.l10n.Messages;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionCounts.StatusCount;

/**
 * The counts per status with the current filters: total, women / men / other or unknown,
 * minors / adults / age unknown; the statuses with victims, then a row for all statuses.
 */
final class CountsTable extends TableView<StatusCount> {
    private final Messages m;
    private final ObservableList<StatusCount> rows = FXCollections.observableArrayList();

    CountsTable(ProtectionBoardViewModel vm, Messages m) {
        this.m = m;
        setId("protection-counts");
        getStyleClass().add("protection-counts");
        setItems(rows);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(24);
        TableColumn<StatusCount, String> status = new TableColumn<>(m.get("protection.counts.status"));
        status.setId("counts-status");
        status.setSortable(false);
        status.setPrefWidth(180);
        status.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().status() == null
                ? m.get("protection.counts.all") : m.label("protection.status", cd.getValue().status())));
        getColumns().add(status);
        getColumns().add(number("counts-total", "protection.counts.total", StatusCount::total));
        getColumns().add(number("counts-women", "protection.counts.women", StatusCount::women));
        getColumns().add(number("counts-men", "protection.counts.men", StatusCount::men));
        getColumns().add(number("counts-other-sex", "protection.counts.otherSex", StatusCount::otherSex));
        getColumns().get(getColumns().size() - 1).setPrefWidth(140);
        getColumns().add(number("counts-minors", "protection.counts.minors", StatusCount::minors));
        getColumns().add(number("counts-adults", "protection.counts.adults", StatusCount::adults));
        getColumns().add(number("counts-age-unknown", "protection.counts.ageUnknown", StatusCount::ageUnknown));
        vm.countsProperty().addListener((o, a, c) -> show(c));
        show(vm.countsProperty().get());
    }

    private void show(ProtectionCounts c) {
        List<StatusCount> shown = new ArrayList<>(c.byStatus().stream().filter(s -> s.total() > 0).toList());
        shown.add(c.all());
        rows.setAll(shown);
        setPrefHeight(getFixedCellSize() * shown.size() + 44);
        setMaxHeight(getPrefHeight());
    }

    private TableColumn<StatusCount, String> number(String id, String key, ToLongFunction<StatusCount> value) {
        TableColumn<StatusCount, String> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setSortable(false);
        col.setPrefWidth(100);
        col.getStyleClass().add("number-column");
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(m.number(value.applyAsLong(cd.getValue()))));
        return col;
    }
}
