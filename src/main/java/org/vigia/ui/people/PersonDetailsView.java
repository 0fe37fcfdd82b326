package org.vigia.ui.people;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.PersonMerge;
import org.vigia.ui.common.DialogService;

/**
 * Below a saved person's form: every case and role they have (each opens its case), then the
 * records merged into them, each with Undo while it may be undone.
 */
public final class PersonDetailsView extends VBox {
    private final PersonDetailsViewModel vm;
    private final Messages m;
    private final VBox mergeLines = new VBox(4);

    public PersonDetailsView(PersonDetailsViewModel vm, Messages m, DialogService dialogs, ZoneId zone,
                             Runnable afterUndo, java.util.function.Consumer<java.util.UUID> openCase) {
        super(6);
        this.vm = vm;
        this.m = m;
        setId("person-details");
        setPadding(new Insets(8, 16, 16, 16));
        Label title = new Label(m.get("people.merged.title"), new FontIcon("mdi2c-call-merge"));
        title.getStyleClass().add("section-title");
        mergeLines.setId("person-merges");
        Label message = new Label();
        message.setId("person-details-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Runnable rebuild = () -> {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (PersonMerge merge : vm.merged()) {
                lines.add(line(merge, i++, dialogs, zone, afterUndo));
            }
            mergeLines.getChildren().setAll(lines);
            boolean any = !lines.isEmpty();
            title.setVisible(any);
            title.setManaged(any);
        };
        vm.merged().addListener((ListChangeListener<PersonMerge>) c -> rebuild.run());
        rebuild.run();
        getChildren().addAll(casesPane(openCase), title, mergeLines, message);
    }

    private VBox casesPane(java.util.function.Consumer<java.util.UUID> openCase) {
        Label title = new Label(m.get("role.casesOfPerson"), new FontIcon("mdi2f-folder-account"));
        title.getStyleClass().add("section-title");
        VBox lines = new VBox(2);
        lines.setId("person-cases");
        Runnable rebuild = () -> {
            List<Node> rows = new ArrayList<>();
            int i = 0;
            for (org.vigia.model.PersonCaseRole r : vm.caseRoles()) {
                javafx.scene.control.Hyperlink number = new javafx.scene.control.Hyperlink(r.caseNumber());
                number.setId("person-case-" + i++);
                number.setOnAction(e -> openCase.accept(r.caseId()));
                String role = m.label("role.case", r.role());
                if (r.classification() != null && r.classification().role() == r.role()
                        && r.role() == org.vigia.model.CaseRole.VICTIM) {
                    role = role + " (" + m.label("role.classification", r.classification()) + ")";
                }
                Label text = new Label(r.caseTitle() + " \u00b7 " + role);
                HBox row = new HBox(6, number, text);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.add(row);
            }
            if (rows.isEmpty()) {
                Label none = new Label(m.get("people.cases.none"));
                none.getStyleClass().add("help-text");
                rows.add(none);
            }
            lines.getChildren().setAll(rows);
        };
        vm.caseRoles().addListener((ListChangeListener<org.vigia.model.PersonCaseRole>) c -> rebuild.run());
        rebuild.run();
        return new VBox(4, title, lines);
    }

    private HBox line(PersonMerge merge, int index, DialogService dialogs, ZoneId zone, Runnable afterUndo) {
        String state = merge.undoneAt() != null ? m.get("people.merged.undoneOn", m.dateTime(merge.undoneAt(), zone))
                : merge.exported() ? m.get("people.merged.exported") : "";
        Label text = new Label(m.get("people.merged.line", merge.mergedName(), m.dateTime(merge.mergedAt(), zone),
                merge.mergedBy(), merge.reason()) + (state.isEmpty() ? "" : " \u2014 " + state));
        text.setWrapText(true);
        HBox row = new HBox(8, text);
        row.setAlignment(Pos.CENTER_LEFT);
        if (merge.undoable()) {
            Button undo = new Button(m.get("people.merged.undo"), new FontIcon("mdi2u-undo"));
            undo.setId("merge-undo-" + index);
            undo.getStyleClass().add("small");
            undo.setOnAction(e -> {
                if (dialogs.confirm(m.get("common.confirm"), m.get("people.merged.undoConfirm", merge.mergedName()))) {
                    vm.undo(merge, afterUndo);
                }
            });
            row.getChildren().add(undo);
        }
        return row;
    }
}
