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
import org.vigia.app.Vault;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The first-run form that sets up the field office. */
public final class SetupView extends VBox {
    private final SetupViewModel vm;
    private final Messages m;
    private final FormGrid grid;

    public SetupView(SetupViewModel vm, Messages m, Consumer<Vault.Opened> done) {
        this.vm = vm;
        this.m = m;
        this.grid = new FormGrid(m, vm.errors(), "setup-error-");
        grid.setPadding(javafx.geometry.Insets.EMPTY);
        setSpacing(12);
        setPadding(new Insets(32));
        setMaxWidth(640);
        getStyleClass().add("setup");
        boolean convert = vm.isConversion();
        Label title = new Label(m.get(convert ? "setup.convert.title" : "setup.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(m.get(convert ? "setup.convert.intro" : "setup.intro"));
        intro.setWrapText(true);
        if (!convert) {
            officeFields();
        }
        grid.section(m.get("setup.admin"), "title-4");
        grid.field("userName", text("setup-user", vm.userNameProperty(), "setup.userName.prompt"), m.get("setup.userName.help"));
        grid.field("displayName", text("setup-display-name", vm.displayNameProperty(), "setup.operator.prompt"), null);
        grid.field("password", password("setup-password", vm.passwordProperty()), m.get("password.help"));
        grid.field("passwordAgain", password("setup-password-again", vm.passwordAgainProperty()), null);
        javafx.scene.control.CheckBox supervisor = new javafx.scene.control.CheckBox(m.get("setup.alsoSupervisor"));
        supervisor.setId("setup-also-supervisor");
        supervisor.setWrapText(true);
        supervisor.selectedProperty().bindBidirectional(vm.alsoSupervisorProperty());
        grid.wide(supervisor);

        Button create = new Button(m.get(convert ? "setup.convert" : "setup.create"));
        create.setId("setup-create");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(e -> vm.create(done));
        create.disableProperty().bind(vm.busyProperty());
        Button demo = new Button(m.get("setup.demo"));
        demo.setId("setup-demo");
        demo.setOnAction(e -> vm.createDemo(done));
        demo.disableProperty().bind(vm.busyProperty());
        demo.setVisible(!convert);
        demo.setManaged(!convert);
        Label message = new Label();
        message.setId("setup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(8, create, demo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, grid, buttons, message);
    }

    private void officeFields() {
        grid.section(m.get("setup.office"), "title-4");
        TextField name = text("setup-name", vm.nameProperty(), "setup.officeName.prompt");
        grid.field("officeName", name, null);
        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.setId("setup-country");
        country.getItems().setAll(m.countryCodesByName());
        country.setConverter(Labels.converter(m::country, ""));
        country.valueProperty().bindBidirectional(vm.countryProperty());
        grid.field("country", country, null);
        grid.field("officeCode", text("setup-code", vm.officeCodeProperty(), "setup.officeCode.prompt"), m.get("setup.officeCode.help"));
    }

    private javafx.scene.control.PasswordField password(String id, javafx.beans.property.StringProperty p) {
        javafx.scene.control.PasswordField f = new javafx.scene.control.PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private TextField text(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(m.get(prompt));
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
