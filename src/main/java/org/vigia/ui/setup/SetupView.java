package org.vigia.ui.setup;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The first-run form that sets up the field office. */
public final class SetupView extends VBox {
    private final SetupViewModel vm;
    private final Messages m;
    private final FormGrid grid;

    public SetupView(SetupViewModel vm, Messages m, Consumer<Site> done) {
        this.vm = vm;
        this.m = m;
        this.grid = new FormGrid(m, vm.errors(), "setup-error-");
        grid.setPadding(javafx.geometry.Insets.EMPTY);
        setSpacing(12);
        setPadding(new Insets(32));
        setMaxWidth(640);
        getStyleClass().add("setup");
        Label title = new Label(m.get("setup.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(m.get("setup.intro"));
        intro.setWrapText(true);
        TextField name = text("setup-name", vm.nameProperty(), "setup.officeName.prompt");
        grid.field("officeName", name, null);
        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.setId("setup-country");
        country.getItems().setAll(m.countryCodesByName());
        country.setConverter(Labels.converter(m::country, ""));
        country.valueProperty().bindBidirectional(vm.countryProperty());
        grid.field("country", country, null);
        grid.field("officeCode", text("setup-code", vm.officeCodeProperty(), "setup.officeCode.prompt"), m.get("setup.officeCode.help"));
        grid.field("operator", text("setup-operator", vm.operatorProperty(), "setup.operator.prompt"), null);

        Button create = new Button(m.get("setup.create"));
        create.setId("setup-create");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(e -> vm.create(done));
        create.disableProperty().bind(vm.busyProperty());
        Button demo = new Button(m.get("setup.demo"));
        demo.setId("setup-demo");
        demo.setOnAction(e -> vm.createDemo(done));
        demo.disableProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("setup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(8, create, demo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, grid, buttons, message);
    }

    private TextField text(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(m.get(prompt));
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
