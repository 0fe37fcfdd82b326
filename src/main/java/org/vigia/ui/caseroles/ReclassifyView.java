package org.vigia.ui.caseroles;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
        TableView<Reclassification> table = new TableView<>(vm.history());
        table.setId("reclassify-history");
        table.setPlaceholder(new Label(m.get("casePeople.history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        table.getColumns().add(column("casePeople.history.when", r -> m.date(r.decidedOn())));
        table.getColumns().add(column("casePeople.history.from", r -> r.from() == null
                ? m.get("casePeople.notClassified") : Codes.label(m, "role.classification.", r.from())));
        table.getColumns().add(column("casePeople.history.to", r -> Codes.label(m, "role.classification.", r.to())));
        table.getColumns().add(column("casePeople.history.by", r -> Codes.label(m, "victim.decidedBy.", r.decidedBy())));
        table.getColumns().add(column("casePeople.history.reason", r -> r.reason() == null ? "" : r.reason()));
        table.getColumns().add(column("casePeople.history.recorded", r -> m.get("casePeople.history.recordedBy",
                r.changedBy(), m.dateTime(r.changedAt(), zone))));
        VBox box = new VBox(6, title, table);
        box.setPadding(new Insets(0, 16, 0, 16));
        return box;
    }

    private TableColumn<Reclassification, String> column(String key, Function<Reclassification, String> value) {
        TableColumn<Reclassification, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
