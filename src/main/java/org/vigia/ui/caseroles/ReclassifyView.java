package org.vigia.ui.caseroles;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.Reclassification;
import org.vigia.model.RoleLink;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The reclassification pane: the decision's four required fields, and the history below. */
final class ReclassifyView extends VBox {
    private final ReclassifyViewModel vm;
    private final Messages m;
    private final Inputs inputs;

    ReclassifyView(ReclassifyViewModel vm, Messages m, ZoneId zone, String who, Consumer<RoleLink> done,
                   Runnable cancel) {
        super(8);
        this.vm = vm;
        this.m = m;
        this.inputs = new Inputs(m);
        setId("reclassify-pane");
        setPadding(new Insets(0, 0, 8, 0));
        FormGrid grid = new FormGrid(m, vm.errors(), "reclassify-error-");
        grid.section(m.get("casePeople.reclassify.title", who), "title-4");
        Label current = new Label();
        current.setId("reclassify-current");
        current.textProperty().bind(vm.currentProperty());
        grid.field("currentClassification", current, null);
        ComboBox<org.vigia.model.Classification> target = new ComboBox<>(vm.choices());
        target.setId("reclassify-target");
        Labels.show(target, c -> Codes.label(m, "role.classification.", c), "");
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setPromptText(m.get("casePeople.reclassify.prompt"));
        grid.field("classification", target, null);
        grid.field("decidedBy", inputs.choice("reclassify-decided-by", DecidingOrganization.values(),
                "victim.decidedBy.", vm.decidedByProperty()), null);
        grid.field("decidedOn", inputs.date("reclassify-decided-on", "decidedOn", vm.decidedOnProperty()), null);
        grid.field("reason", inputs.area("reclassify-reason", vm.reasonProperty(), 3), null);
        getChildren().addAll(grid, buttons(done, cancel), history(zone));
    }

    private HBox buttons(Consumer<RoleLink> done, Runnable cancel) {
        Button save = new Button(m.get("casePeople.reclassify.save"), new FontIcon("mdi2s-swap-horizontal"));
        save.setId("reclassify-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            vm.errors().clear();
            if (inputs.commitDates(vm.errors())) {
                vm.save(done);
            }
        });
        Button back = new Button(m.get("common.cancel"));
        back.setId("reclassify-cancel");
        back.setOnAction(e -> cancel.run());
        Label message = new Label();
        message.setId("reclassify-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, save, back, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 16, 0, 16));
        return bar;
    }

    private VBox history(ZoneId zone) {
        Label title = new Label(m.get("role.history"));
        title.getStyleClass().add("title-4");
        ListView<Reclassification> list = new ListView<>(vm.history());
        list.setId("reclassify-history");
        list.setPlaceholder(new Label(m.get("casePeople.history.none")));
        list.setPrefHeight(220);
        list.setCellFactory(lv -> new DecisionCell(zone));
        VBox box = new VBox(6, title, list);
        box.setPadding(new Insets(0, 16, 0, 16));
        return box;
    }

    /** One decision: when, from and to; who decided; the reason; who recorded it when. */
    private final class DecisionCell extends ListCell<Reclassification> {
        private final ZoneId zone;
        private final Label change = new Label();
        private final Label decided = new Label();
        private final Label reason = new Label();
        private final VBox box = new VBox(2, change, decided, reason);

        DecisionCell(ZoneId zone) {
            this.zone = zone;
            change.getStyleClass().add("history-change");
            change.setStyle("-fx-font-weight: bold");
            change.setWrapText(true);
            decided.getStyleClass().add("help-text");
            decided.setWrapText(true);
            reason.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Reclassification r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            String from = r.from() == null ? m.get("casePeople.notClassified")
                    : Codes.label(m, "role.classification.", r.from());
            change.setText(m.get("casePeople.history.change", m.date(r.decidedOn()), from,
                    Codes.label(m, "role.classification.", r.to())));
            decided.setText(m.get("casePeople.history.decided", Codes.label(m, "victim.decidedBy.", r.decidedBy()),
                    r.changedBy(), m.dateTime(r.changedAt(), zone)));
            reason.setText(r.reason() == null ? "" : r.reason());
            reason.setManaged(r.reason() != null);
            reason.setVisible(r.reason() != null);
            setGraphic(box);
        }
    }
}
