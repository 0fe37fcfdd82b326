package org.vigia.ui.users;

import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.model.Role;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;

/** The administrators' area: the office's accounts on the left, the chosen one's form on the right. */
public final class UsersView extends SplitPane {
    private final UsersViewModel vm;
    private final Messages m;

    public UsersView(UsersViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        setId("users-view");
        TableView<Account> table = new TableView<>(vm.items());
        table.setId("users-table");
        table.getColumns().add(column("users.col.user", a -> a.userName()));
        table.getColumns().add(column("users.col.name", a -> a.displayName()));
        table.getColumns().add(column("users.col.roles", a -> a.roles().stream().sorted()
                .map(r -> m.get("role." + r.name())).collect(Collectors.joining(", "))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("users.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, a, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Button add = new Button(m.get("users.new"), new FontIcon("mdi2a-account-plus"));
        add.setId("users-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.startNew());
        Label title = new Label(m.get("nav.users"));
        title.getStyleClass().add("title-3");
        HBox top = new HBox(12, title, add);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        BorderPane left = new BorderPane(table, top, null, idleBox(), null);
        getItems().addAll(left, form(dialogs));
        setDividerPositions(0.55);
    }

    /** Whether the account form holds unsaved typing. */
    public boolean hasUnsavedChanges() {
        return vm.hasUnsavedChanges();
    }

    private VBox idleBox() {
        FormGrid grid = new FormGrid(m, vm.errors(), "users-error-");
        TextField minutes = input(new TextField(), "users-idle-minutes", vm.idleMinutesProperty());
        minutes.setPrefColumnCount(4);
        grid.field("idleMinutes", minutes, m.get("users.idle.help"));
        minutes.setMaxWidth(90);
        Button save = new Button(m.get("common.save"));
        save.setId("users-idle-save");
        save.setOnAction(e -> vm.saveIdleMinutes());
        save.disableProperty().bind(vm.busyProperty());
        grid.wide(save);
        return new VBox(grid);
    }

    private VBox form(DialogService dialogs) {
        FormGrid grid = new FormGrid(m, vm.errors(), "users-error-");
        Label heading = grid.section("", "title-4");
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(vm.selectedProperty().isNull())
                .then(m.get("users.form.new")).otherwise(m.get("users.form.edit")));
        TextField user = input(new TextField(), "users-user", vm.userNameProperty());
        user.editableProperty().bind(vm.selectedProperty().isNull());
        grid.field("userName", user, m.get("setup.userName.help"));
        grid.field("displayName", input(new TextField(), "users-display-name", vm.displayNameProperty()), null);
        FlowPane roles = new FlowPane(12, 6);
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(m.get("role." + r.name()));
            box.setId("users-role-" + r.name());
            box.selectedProperty().bindBidirectional(vm.roleProperty(r));
            roles.getChildren().add(box);
        }
        grid.field("roles", roles, m.get("users.roles.help"));
        grid.field("password", input(new PasswordField(), "users-password", vm.passwordProperty()), null);
        grid.field("passwordAgain", input(new PasswordField(), "users-password-again", vm.passwordAgainProperty()), null);
        Label passwordHelp = new Label();
        passwordHelp.getStyleClass().add("help-text");
        passwordHelp.setWrapText(true);
        passwordHelp.textProperty().bind(javafx.beans.binding.Bindings.when(vm.selectedProperty().isNull())
                .then(m.get("users.password.newHelp")).otherwise(m.get("users.password.editHelp")));
        grid.wide(passwordHelp);
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("users-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty());
        Button reset = new Button(m.get("users.password.set"), new FontIcon("mdi2k-key"));
        reset.setId("users-password-set");
        reset.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        reset.setOnAction(e -> vm.resetPassword());
        reset.visibleProperty().bind(vm.selectedProperty().isNotNull());
        reset.managedProperty().bind(reset.visibleProperty());
        Button remove = new Button(m.get("users.remove"), new FontIcon("mdi2a-account-remove"));
        remove.setId("users-remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        remove.visibleProperty().bind(vm.selectedProperty().isNotNull());
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> {
            Account a = vm.selectedProperty().get();
            if (a != null && dialogs.confirm(m.get("common.confirm"), m.get("users.remove.confirm", a.userName()))) {
                vm.remove();
            }
        });
        grid.wide(new HBox(8, save, reset, remove));
        Label message = new Label();
        message.setId("users-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        grid.wide(message);
        return new VBox(grid);
    }

    private <T extends TextInputControl> T input(T field, String id, StringProperty p) {
        field.setId(id);
        field.textProperty().bindBidirectional(p);
        return field;
    }

    private TableColumn<Account, String> column(String key, java.util.function.Function<Account, String> value) {
        TableColumn<Account, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }
}
