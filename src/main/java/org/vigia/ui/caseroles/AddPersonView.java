package org.vigia.ui.caseroles;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseRole;
import org.vigia.model.RoleLink;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.people.PersonEditorView;

/**
 * Adding a person to the case: the role (and a note) on top, then the person form with the
 * likely existing matches beside it; "Link this person" links a match, "Save and link" saves
 * the typed person and links them.
 */
final class AddPersonView extends BorderPane {
    private final AddPersonViewModel vm;
    private final Messages m;
    private final PersonEditorView person;

    AddPersonView(AddPersonViewModel vm, Messages m, Consumer<RoleLink> added, Runnable cancel) {
        this.vm = vm;
        this.m = m;
        setId("add-person-pane");
        getStyleClass().add("add-person");
        Consumer<RoleLink> done = added;
        this.person = new PersonEditorView(vm.person(), m, existing -> vm.linkExisting(existing, done),
                m.get("casePeople.linkThis"), match -> { }, saved -> vm.linkExisting(saved.id(), done));
        if (person.lookup("#person-save") instanceof Button save) {
            save.setText(m.get("casePeople.saveAndLink"));
            save.setOnAction(e -> saveAndLink(done));
        }
        if (person.lookup("#person-cancel") instanceof Button revert) {
            revert.setVisible(false);
            revert.setManaged(false);
        }
        person.disableProperty().bind(vm.roleProperty().isNull());
        setTop(top(done, cancel));
        setCenter(person);
    }

    private Node top(Consumer<RoleLink> done, Runnable cancel) {
        Label title = new Label(m.get("casePeople.add.title"));
        title.getStyleClass().add("title-3");
        Label help = new Label(m.get("casePeople.add.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<CaseRole> role = new Inputs(m).choice("add-person-role", CaseRole.values(), "role.case.",
                vm.roleProperty());
        role.getItems().remove(null);
        role.setPromptText(m.get("casePeople.add.rolePrompt"));
        FormGrid grid = new FormGrid(m, vm.errors(), "add-person-error-");
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.field("role", role, null);
        grid.field("note", new Inputs(m).text("add-person-note", vm.noteProperty()), null);
        Button back = new Button(m.get("common.cancel"), new FontIcon("mdi2a-arrow-left"));
        back.setId("add-person-cancel");
        back.setOnAction(e -> cancel.run());
        Label message = new Label();
        message.setId("add-person-message");
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(12, back, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, help, grid, bar);
        box.setPadding(new Insets(12, 16, 4, 16));
        box.setMaxWidth(720);
        return box;
    }

    /** Saves the typed person (once a role is chosen) and links them. */
    private void saveAndLink(Consumer<RoleLink> done) {
        if (vm.roleChosen()) {
            person.save(p -> vm.linkExisting(p.id(), done));
        }
    }

    void focusFirst() {
        lookup("#add-person-role").requestFocus();
    }
}
