package org.vigia.ui.protection;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.vigia.l10n.Messages;
import org.vigia.model.ProtectionRow;

/** The victims of the chosen status, paged: name (pseudonym), case, sex, status, days, follow-up, badges. */
final class VictimTable extends TableView<ProtectionRow> {
    private final Messages m;

    VictimTable(ProtectionBoardViewModel vm, Messages m, Consumer<UUID> open) {
        this.m = m;
        setId("protection-table");
        setItems(vm.rows());
        setPlaceholder(new Label(m.get("protection.empty")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(text("col-victim", "protection.col.victim", ProtectionRow::displayName, 110));
        getColumns().add(text("col-case", "protection.col.case", ProtectionRow::caseNumber, 160));
        getColumns().add(text("col-sex", "protection.col.sex", r -> m.label("gender", r.gender()), 70));
        getColumns().add(text("col-status", "protection.col.status",
                r -> m.label("protection.status", r.status()), 130));
        TableColumn<ProtectionRow, String> days = text("col-days", "protection.col.days",
                r -> m.number(r.daysSinceChange()), 55);
        days.getStyleClass().add("number-column");
        getColumns().add(days);
        getColumns().get(1).setMinWidth(150); // the case number, whole
        getColumns().add(followUp());
        getColumns().add(care(vm));
        getColumns().add(badges());
        ProtectionBoardView.openOnEnterOrDoubleClick(this, open);
    }

    private TableColumn<ProtectionRow, String> text(String id, String key, Function<ProtectionRow, String> value,
                                                    double width) {
        TableColumn<ProtectionRow, String> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        return col;
    }

    private TableColumn<ProtectionRow, ProtectionRow> followUp() {
        TableColumn<ProtectionRow, ProtectionRow> col = new TableColumn<>(m.get("protection.col.followUp"));
        col.setId("col-follow-up");
        col.setPrefWidth(115);
        col.setMinWidth(105);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ProtectionRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("follow-up-overdue");
                setText(empty || r == null ? null : m.date(r.followUpOn()));
                if (!empty && r != null && r.overdue()) {
                    getStyleClass().add("follow-up-overdue");
                }
            }
        });
        return col;
    }

    private TableColumn<ProtectionRow, ProtectionRow> care(ProtectionBoardViewModel vm) {
        TableColumn<ProtectionRow, ProtectionRow> col = new TableColumn<>(m.get("protection.col.care"));
        col.setId("col-care");
        col.setPrefWidth(140);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ProtectionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(null);
                org.vigia.model.CareSummary s = empty || r == null ? null : vm.careOf(r);
                if (s == null) {
                    return;
                }
                HBox box = new HBox(4);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                boolean none = s.openReferrals() + s.deliveredReferrals() == 0;
                String text = none ? m.get("protection.care.none")
                        : s.deliveredReferrals() == 0 ? m.get("protection.care.open", s.openReferrals())
                        : s.openReferrals() == 0 ? m.get("protection.care.delivered", s.deliveredReferrals())
                        : m.get("protection.care.summary", s.openReferrals(), s.deliveredReferrals());
                Label summary = new Label(text);
                summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(summary);
                if (s.servicesConsent() == org.vigia.model.ConsentAnswer.WITHDRAWN) {
                    box.getChildren().add(badge(m.get("protection.badge.consentWithdrawn"), "badge-overdue"));
                }
                setGraphic(box);
            }
        });
        return col;
    }

    private TableColumn<ProtectionRow, ProtectionRow> badges() {
        TableColumn<ProtectionRow, ProtectionRow> col = new TableColumn<>(m.get("protection.col.flags"));
        col.setId("col-flags");
        col.setPrefWidth(210);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ProtectionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                HBox box = new HBox(4);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                if (r.priority()) {
                    box.getChildren().add(badge(m.get("protection.badge.minor"), "badge-minor"));
                }
                if (r.guardianMissing()) {
                    box.getChildren().add(badge(m.get("protection.badge.noGuardian"), "badge-no-guardian"));
                }
                if (r.overdue()) {
                    box.getChildren().add(badge(m.get("protection.badge.overdue"), "badge-overdue"));
                }
                setGraphic(box);
            }
        });
        return col;
    }

    static Label badge(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("protection-badge", styleClass);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
