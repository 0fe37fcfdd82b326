package org.vigia.ui.evidence;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Limits;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.FormGrid;

/** "Add transfer": who holds the seizure from which date, and why. */
final class TransferForm extends VBox {
    TransferForm(SeizuresViewModel vm, Messages m) {
        FormGrid grid = new FormGrid(m, vm.errors(), "custody-error-");
        grid.setPadding(new javafx.geometry.Insets(0));
        TextField holder = new TextField();
        holder.setId("custody-holder");
        holder.setPromptText(m.get("custody.holder.prompt"));
        holder.textProperty().bindBidirectional(vm.holderProperty());
        grid.field("holder", holder, null);
        DatePicker on = DateFields.picker(m.locale());
        on.setId("custody-date");
        on.valueProperty().bindBidirectional(vm.transferredOnProperty());
        grid.field("transferredOn", on, null);
        TextField purpose = new TextField();
        purpose.setId("custody-purpose");
        purpose.setPromptText(m.get("custody.purpose.prompt", Limits.CUSTODY_PURPOSE));
        purpose.textProperty().bindBidirectional(vm.purposeProperty());
        grid.field("transferPurpose", purpose, null);
        Button add = new Button(m.get("custody.add"), new FontIcon("mdi2s-swap-horizontal"));
        add.setId("custody-add");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> {
            if (!DateFields.hasBadText(on)) {
                on.setValue(on.getConverter().fromString(on.getEditor().getText()));
            }
            vm.addTransfer();
        });
        grid.wide(add);
        SeizuresPane.showIf(vm.canWrite(), grid);
        getChildren().add(grid);
    }
}
