package org.vigia.ui.caseroles;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Conveyance;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;

/** The selected person's journey in the case: the legs in order, and a form to add or edit one. */
final class JourneyView extends VBox {
    private final JourneyViewModel vm;
    private final Messages m;
    private final Inputs inputs;
    private final ListView<JourneyLeg> list;

    JourneyView(JourneyViewModel vm, Messages m, DialogService dialogs, boolean canWrite) {
        super(6);
        this.vm = vm;
        this.m = m;
        this.inputs = new Inputs(m);
        setId("journey-pane");
        setPadding(new Insets(8, 16, 16, 16));
        Label title = new Label(m.get("journey.title"));
        title.getStyleClass().add("title-4");
        list = new ListView<>(vm.legs());
        list.setId("journey-legs");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(m.get("casePeople.journey.none")));
        list.setCellFactory(lv -> new LegCell());
        Button add = button("journey-add", "casePeople.journey.add", "mdi2p-plus");
        add.setOnAction(e -> vm.startAdd());
        Button edit = button("journey-edit", "casePeople.journey.edit", "mdi2p-pencil");
        edit.setOnAction(e -> {
            JourneyLeg leg = list.getSelectionModel().getSelectedItem();
            if (leg != null) {
                vm.startEdit(leg);
            }
        });
        Button remove = button("journey-remove", "common.remove", "mdi2d-delete");
        remove.setOnAction(e -> {
            JourneyLeg leg = list.getSelectionModel().getSelectedItem();
            if (leg != null && dialogs.confirm(m.get("common.confirm"), m.get("casePeople.journey.removeConfirm",
                    vm.describe(leg)))) {
                vm.remove(leg);
            }
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        HBox bar = new HBox(8, add, edit, remove);
        bar.setVisible(canWrite);
        bar.setManaged(canWrite);
        Label message = new Label();
        message.setId("journey-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, list, bar, form(), message);
    }

    private Button button(String id, String key, String icon) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private VBox form() {
        FormGrid g = new FormGrid(m, vm.errors(), "journey-error-");
        g.setPadding(new Insets(8, 0, 0, 0));
        g.field("eventType", inputs.choice("journey-type", JourneyEventType.values(), "journey.event.",
                vm.typeProperty()), null);
        g.field("legDate", inputs.date("journey-date", "legDate", vm.dateProperty()), null);
        g.field("country", inputs.country("journey-country", vm.countryProperty()), null);
        g.field("place", inputs.text("journey-place", vm.placeProperty()), null);
        g.field("conveyance", inputs.choice("journey-conveyance", Conveyance.values(), "journey.conveyance.",
                vm.conveyanceProperty()), null);
        g.field("notes", inputs.area("journey-notes", vm.notesProperty(), 2), null);
        Button save = button("journey-save", "common.save", "mdi2c-content-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            vm.errors().clear();
            if (inputs.commitDates(vm.errors())) {
                vm.save();
            }
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("journey-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, g, buttons);
        box.setId("journey-form");
        box.getStyleClass().add("journey-form");
        box.visibleProperty().bind(vm.editingProperty());
        box.managedProperty().bind(vm.editingProperty());
        return box;
    }

    /** One leg: stage, date and place on the first line, the notes below. */
    private final class LegCell extends ListCell<JourneyLeg> {
        private final Label line = new Label();
        private final Label notes = new Label();
        private final VBox box = new VBox(2, line, notes);

        LegCell() {
            line.getStyleClass().add("journey-leg");
            notes.getStyleClass().add("help-text");
            notes.setWrapText(true);
            VBox.setVgrow(notes, Priority.NEVER);
        }

        @Override
        protected void updateItem(JourneyLeg leg, boolean empty) {
            super.updateItem(leg, empty);
            setText(null);
            if (empty || leg == null) {
                setGraphic(null);
                return;
            }
            line.setText((getIndex() + 1) + ". " + vm.describe(leg));
            notes.setText(leg.notes() == null ? "" : leg.notes());
            notes.setManaged(leg.notes() != null);
            notes.setVisible(leg.notes() != null);
            setGraphic(box);
        }
    }
}
