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

/** Below a saved person's form: the records merged into them, each with Undo while it may be undone. */
public final class PersonDetailsView extends VBox {
    private final PersonDetailsViewModel vm;
    private final Messages m;
    private final VBox mergeLines = new VBox(4);

    public PersonDetailsView(PersonDetailsViewModel vm, Messages m, DialogService dialogs, ZoneId zone,
                             Runnable afterUndo) {
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
        getChildren().addAll(title, mergeLines, message);
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
