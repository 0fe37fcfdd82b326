package org.vigia.ui.protection;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.ProtectionStatus;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/**
 * The form on show in a victim's history (new entry, correction, follow-up, guardian), inline
 * above the timeline: errors beside their fields, Save and Cancel (Escape).
 */
final class VictimForms extends VBox {
    private final VictimViewModel vm;
    private final Messages m;
    private final Map<String, DatePicker> dates = new LinkedHashMap<>();

    VictimForms(VictimViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("protection-form");
        getStyleClass().add("protection-form");
        vm.formProperty().addListener((o, a, form) -> show(form));
        show(vm.formProperty().get());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            }
        });
    }

    private void show(VictimViewModel.Form form) {
        dates.clear();
        getChildren().clear();
        boolean shown = form != VictimViewModel.Form.NONE;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        FormGrid grid = new FormGrid(m, vm.errors(), "protection-error-");
        grid.setPadding(new Insets(8, 0, 8, 0));
        switch (form) {
            case ADD -> {
                grid.section(m.get("protection.form.add"), "title-4");
                grid.field("status", status(), null);
                grid.field("entryDate", date("protection-form-date", "entryDate", vm.dateProperty()), null);
                grid.field("note", area("protection-form-note", vm.noteProperty()), null);
                grid.field("followUpOn", date("protection-form-follow-up", "followUpOn", vm.followUpProperty()), null);
            }
            case CORRECT -> {
                grid.section(m.get("protection.form.correct"), "title-4");
                grid.wide(help("protection.form.correctHelp"));
                grid.field("status", status(), null);
                grid.field("entryDate", date("protection-form-date", "entryDate", vm.dateProperty()), null);
                grid.field("note", area("protection-form-note", vm.noteProperty()), null);
                grid.field("reason", area("protection-form-reason", vm.reasonProperty()), null);
            }
            case FOLLOW_UP -> {
                grid.section(m.get("protection.form.followUp"), "title-4");
                grid.field("followUpOn", date("protection-form-follow-up", "followUpOn", vm.followUpProperty()),
                        m.get("protection.form.followUpHelp"));
                grid.field("followUpNote", line("protection-form-follow-up-note", vm.followUpNoteProperty()), null);
            }
            default -> {
                grid.section(m.get("protection.form.guardian"), "title-4");
                grid.wide(help("protection.form.guardianHelp"));
                grid.field("guardianName", line("protection-form-guardian-name", vm.guardianNameProperty()), null);
                grid.field("guardianRelation", line("protection-form-guardian-relation", vm.guardianRelationProperty()),
                        null);
                grid.field("guardianContact", line("protection-form-guardian-contact", vm.guardianContactProperty()),
                        null);
            }
        }
        getChildren().addAll(grid, buttons());
        getChildren().get(0).lookupAll(".combo-box, .text-field, .text-area, .date-picker").stream().findFirst()
                .ifPresent(n -> javafx.application.Platform.runLater(n::requestFocus));
    }

    private HBox buttons() {
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("protection-form-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            vm.errors().clear();
            if (DateFields.commitTyped(dates, vm.errors(), m)) {
                vm.save();
            }
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("protection-form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        HBox bar = new HBox(8, save, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<ProtectionStatus> status() {
        ComboBox<ProtectionStatus> c = new ComboBox<>(vm.statusChoices());
        c.setId("protection-form-status");
        Labels.show(c, s -> m.label("protection.status", s), m.get("protection.form.statusPrompt"));
        c.setPromptText(m.get("protection.form.statusPrompt"));
        c.valueProperty().bindBidirectional(vm.statusProperty());
        return c;
    }

    private DatePicker date(String id, String field, ObjectProperty<java.time.LocalDate> value) {
        DatePicker p = DateFields.picker(m.locale());
        p.setId(id);
        p.valueProperty().bindBidirectional(value);
        dates.put(field, p);
        return p;
    }

    private TextArea area(String id, StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    private TextField line(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private javafx.scene.control.Label help(String key) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(m.get(key));
        l.getStyleClass().add("help-text");
        l.setWrapText(true);
        return l;
    }
}
