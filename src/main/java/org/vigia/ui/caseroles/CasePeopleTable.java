package org.vigia.ui.caseroles;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.vigia.l10n.Messages;
import org.vigia.model.CasePerson;
import org.vigia.model.Classification;

/** The persons of the case: name, role, classification, minor and note; kept in step with the selection. */
final class CasePeopleTable extends TableView<CasePerson> {
    private boolean reverting;

    /** {@code mayLeave}: whether the selection may move away from the shown link (unsaved changes). */
    CasePeopleTable(CasePeopleViewModel vm, Messages m, java.util.function.BooleanSupplier mayLeave) {
        super(vm.rows());
        setId("case-people-table");
        setPlaceholder(new Label(m.get("casePeople.none")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(m.get("casePeople.col.name"), CasePerson::fullName, 220));
        getColumns().add(column(m.get("field.role"), r -> Codes.label(m, "role.case.", r.link().role()), 130));
        getColumns().add(column(m.get("field.classification"), r -> {
            Classification c = r.link().classification();
            return c == null || c == Classification.SMUGGLED_MIGRANT ? "" : Codes.label(m, "role.classification.", c);
        }, 200));
        getColumns().add(column(m.get("casePeople.col.minor"),
                r -> Boolean.TRUE.equals(r.minor()) ? m.get("casePeople.col.minor") : "", 64));
        getColumns().add(column(m.get("field.note"), r -> r.link().note() == null ? "" : r.link().note(), 80));
        getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (reverting || row == vm.selectedProperty().get()) {
                return;
            }
            if (row != null && before != null && !mayLeave.getAsBoolean()) {
                reverting = true;
                javafx.application.Platform.runLater(() -> {
                    getSelectionModel().select(before);
                    reverting = false;
                });
                return;
            }
            if (row != null || !vm.rows().isEmpty()) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(row);
                }
            }
        });
    }

    private static TableColumn<CasePerson, String> column(String title, Function<CasePerson, String> value,
                                                          double width) {
        TableColumn<CasePerson, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
