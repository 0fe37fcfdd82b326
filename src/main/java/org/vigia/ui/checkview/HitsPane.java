package org.vigia.ui.checkview;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The watch-list hits (late ones marked) with filters, and the follow-up form of the selected one. */
final class HitsPane extends BorderPane {
    private final HitsViewModel vm;
    private final Messages m;
    private final CheckLabels labels;

    HitsPane(HitsViewModel vm, Messages m, CheckLabels labels, ZoneId zone) {
        this.vm = vm;
        this.m = m;
        this.labels = labels;
        setId("checkview-hits-pane");
        ComboBox<HitFollowUp> state = new ComboBox<>(FXCollections.observableArrayList(
                java.util.Arrays.asList(null, HitFollowUp.OPEN, HitFollowUp.CONFIRMED, HitFollowUp.DISCARDED,
                        HitFollowUp.REFERRED)));
        state.setId("checkview-hits-state");
        Labels.show(state, labels::followUp, m.get("checkview.hits.anyState"));
        state.valueProperty().bindBidirectional(vm.followUpFilterProperty());
        CheckBox late = new CheckBox(m.get("checkview.hits.lateOnly"));
        late.setId("checkview-hits-late");
        late.selectedProperty().bindBidirectional(vm.lateOnlyProperty());
        Label total = new Label();
        total.setId("checkview-hits-total");
        total.getStyleClass().add("total");
        total.textProperty().bind(vm.totalTextProperty());
        Button follow = new Button(m.get("checkview.hits.setFollowUp"), new FontIcon("mdi2c-clipboard-check"));
        follow.setId("checkview-hit-follow");
        follow.disableProperty().bind(vm.selectedProperty().isNull().or(vm.editingProperty()));
        follow.setVisible(vm.canFollowUp());
        follow.setOnAction(e -> vm.startFollowUp());
        Label stateLabel = new Label(m.get("checkview.hits.state"));
        stateLabel.setLabelFor(state);
        HBox bar = new HBox(10, stateLabel, state, late, total, new javafx.scene.layout.Region(), follow);
        HBox.setHgrow(bar.getChildren().get(4), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        setCenter(table(zone));
        VBox form = form();
        form.visibleProperty().bind(vm.editingProperty());
        form.managedProperty().bind(vm.editingProperty());
        setRight(form);
        Label message = new Label();
        message.setId("checkview-hits-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 12, 4, 12));
        setBottom(message);
    }

    private TableView<HitLine> table(ZoneId zone) {
        TableView<HitLine> table = new TableView<>(vm.rows());
        table.setId("checkview-hits");
        table.setPlaceholder(new Label(m.get("checkview.hits.none")));
        Columns.text(table, m.get("checkview.col.found"), 180, h -> m.dateTime(h.foundAt(), zone));
        Columns.marked(table, m.get("checkview.col.late"), 70, h -> h.hit().late() ? m.get("checkview.late") : "",
                h -> h.hit().late(), "checkview-late");
        Columns.text(table, m.get("checkview.col.list"), 210, h -> m.get("checkview.listVersion",
                h.hit().list().listName(), h.hit().list().listVersion()));
        Columns.text(table, m.get("checkview.col.entry"), 200, h -> h.hit().entryBirthDate() == null ? h.hit().entry()
                : h.hit().entry() + " \u00b7 " + m.date(h.hit().entryBirthDate()));
        Columns.text(table, m.get("checkview.col.checked"), 170, HitLine::checked);
        Columns.text(table, m.get("checkview.col.point"), 160, HitLine::pointName);
        Columns.text(table, m.get("checkview.col.checkedAt"), 170, h -> m.dateTime(h.checkedAt(), zone));
        Columns.marked(table, m.get("checkview.col.followUp"), 110, h -> labels.followUp(h.hit().followUp()),
                h -> h.hit().followUp() == HitFollowUp.OPEN, "checkview-hit");
        Columns.text(table, m.get("checkview.col.note"), 200, h -> h.followUpNote() == null ? "" : h.followUpNote());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> vm.selectedProperty().set(h));
        vm.selectedProperty().addListener((o, a, h) -> {
            if (h == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private VBox form() {
        FormGrid grid = new FormGrid(m, vm.errors(), "checkview-follow-error-");
        grid.setPadding(new Insets(0));
        ComboBox<HitFollowUp> state = new ComboBox<>(FXCollections.observableArrayList(HitFollowUp.values()));
        state.setId("checkview-follow-state");
        Labels.show(state, labels::followUp, "");
        state.valueProperty().bindBidirectional(vm.stateProperty());
        grid.field("hitFollowUp", state, null);
        TextArea note = new TextArea();
        note.setId("checkview-follow-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        grid.field("hitNote", note, null);
        Button save = new Button(m.get("common.save"));
        save.setId("checkview-follow-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveFollowUp(h -> { }));
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("checkview-follow-cancel");
        cancel.setOnAction(e -> vm.cancelFollowUp());
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : m.get("checkview.hits.formTitle", vm.selectedProperty().get().hit().entry()), vm.selectedProperty()));
        title.setWrapText(true);
        VBox box = new VBox(8, title, grid, new HBox(8, save, cancel));
        box.setId("checkview-follow-form");
        box.getStyleClass().add("checkview-side");
        box.setPrefWidth(320);
        vm.editingProperty().addListener((o, a, now) -> {
            if (now) {
                state.requestFocus();
            }
        });
        return box;
    }
}
