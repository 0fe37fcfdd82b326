package org.vigia.ui.protection;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;

/**
 * The board: the filters, the counts per status (by sex and minor / adult), the statuses with
 * their counts on the left and the victims of the chosen status on the right, minors first,
 * overdue follow-ups in red. Enter or a double click opens a victim.
 */
final class ProtectionBoardView extends BorderPane {
    private final ProtectionBoardViewModel vm;
    private final Messages m;
    private final ListView<ProtectionStatus> statuses = new ListView<>();

    ProtectionBoardView(ProtectionBoardViewModel vm, Messages m, Consumer<UUID> open) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("protection-board");
        Label hint = new Label(m.get("protection.hint"));
        hint.getStyleClass().add("help-text");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("protection-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox top = new VBox(6, new ProtectionFilters(vm, m), new CountsTable(vm, m), hint, error);
        top.setPadding(new Insets(8));
        setTop(top);
        SplitPane split = new SplitPane(statusList(), new VictimTable(vm, m, open));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.15);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
    }

    private ListView<ProtectionStatus> statusList() {
        statuses.setId("protection-status-list");
        statuses.getItems().add(null);
        statuses.getItems().addAll(ProtectionStatus.values());
        statuses.setMinWidth(170);
        statuses.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ProtectionStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("status-empty");
                if (empty) {
                    setText(null);
                    return;
                }
                ProtectionCounts c = vm.countsProperty().get();
                long n = s == null ? c.all().total() : c.of(s).total();
                setText(s == null ? m.get("protection.list.all", n)
                        : m.get("protection.list.status", m.label("protection.status", s), n));
                if (n == 0) {
                    getStyleClass().add("status-empty");
                }
            }
        });
        statuses.getSelectionModel().select(0);
        statuses.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.statusProperty().set(s));
        vm.statusProperty().addListener((o, a, s) -> {
            if (statuses.getSelectionModel().getSelectedItem() != s) {
                statuses.getSelectionModel().select(s);
            }
        });
        vm.countsProperty().addListener((o, a, c) -> statuses.refresh());
        return statuses;
    }

    /** Selects a status in the list (null: every status). */
    void showStatus(ProtectionStatus s) {
        statuses.getSelectionModel().select(s);
    }

    static void openOnEnterOrDoubleClick(TableView<ProtectionRow> table, Consumer<UUID> open) {
        table.setRowFactory(tv -> {
            TableRow<ProtectionRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ProtectionRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("overdue", "priority");
                    if (!empty && item != null) {
                        if (item.overdue()) {
                            getStyleClass().add("overdue");
                        }
                        if (item.priority()) {
                            getStyleClass().add("priority");
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().linkId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ProtectionRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.linkId());
                e.consume();
            }
        });
    }
}
