package org.vigia.ui.evidence;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.DateFields;

/** "Add transfer" in one row: who holds the seizure from which date, and why; each field's error below. */
final class TransferForm extends VBox {
    private final SeizuresViewModel vm;
    private final Messages m;

    TransferForm(SeizuresViewModel vm, Messages m) {
        super(4);
        this.vm = vm;
        this.m = m;
        TextField holder = new TextField();
        holder.setId("custody-holder");
        holder.setPromptText(m.field("holder"));
        holder.textProperty().bindBidirectional(vm.holderProperty());
        DatePicker on = DateFields.picker(m.locale());
        on.setId("custody-date");
        on.setPrefWidth(150);
        on.setMinWidth(140);
        on.setMinWidth(130);
        on.valueProperty().bindBidirectional(vm.transferredOnProperty());
        TextField purpose = new TextField();
        purpose.setId("custody-purpose");
        purpose.setPromptText(m.field("transferPurpose"));
        purpose.textProperty().bindBidirectional(vm.purposeProperty());
        Button add = new Button(m.get("custody.add"), new FontIcon("mdi2s-swap-horizontal"));
        add.setId("custody-add");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> {
            if (!DateFields.hasBadText(on)) {
                on.setValue(on.getConverter().fromString(on.getEditor().getText()));
            }
            vm.addTransfer();
        });
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(holder, Priority.ALWAYS);
        HBox.setHgrow(purpose, Priority.ALWAYS);
        HBox row = new HBox(8, holder, on, purpose, add);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error("holder"), error("transferredOn"), error("transferPurpose"));
        SeizuresPane.showIf(vm.canWrite(), this);
    }

    /** "Holder: required", shown only when the field has an error. */
    private Label error(String field) {
        Label l = new Label();
        l.setId("custody-error-" + field);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            String e = vm.errors().get(field);
            return e == null ? "" : m.get("validation.line", m.field(field), e);
        }, vm.errors()));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
