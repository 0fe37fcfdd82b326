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
    CasePeopleTable(CasePeopleViewModel vm, Messages m) {
        super(vm.rows());
        setId("case-people-table");
        setPlaceholder(new Label(m.get("casePeople.none")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(m.get("casePeople.col.name"), CasePerson::fullName, 180));
        getColumns().add(column(m.get("field.role"), r -> Codes.label(m, "role.case.", r.link().role()), 110));
        getColumns().add(column(m.get("field.classification"), r -> {
            Classification c = r.link().classification();
            return c == null || c == Classification.SMUGGLED_MIGRANT ? "" : Codes.label(m, "role.classification.", c);
        }, 170));
        getColumns().add(column(m.get("casePeople.col.minor"),
                r -> Boolean.TRUE.equals(r.minor()) ? m.get("role.minor") : "", 60));
        getColumns().add(column(m.get("field.note"), r -> r.link().note() == null ? "" : r.link().note(), 120));
        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
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
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
