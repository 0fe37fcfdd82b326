package org.vigia.ui.caseroles;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CasePerson;
import org.vigia.model.RoleLink;
import org.vigia.ui.common.DialogService;

/**
 * The People tab of a case: the persons with their roles on the left; on the right the selected
 * person's role form and journey, or the reclassification pane. Adding a person takes the whole tab.
 */
public final class CasePeopleView extends StackPane implements org.vigia.ui.common.UnsavedWork {
    private final CasePeopleViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final BorderPane main = new BorderPane();
    private final StackPane detail = new StackPane();
    private final ScrollPane selectedPane;
    private final RoleFormView roleForm;

    public CasePeopleView(CasePeopleViewModel vm, Messages m, DialogService dialogs, ZoneId zone,
                          Consumer<UUID> openPerson) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.zone = zone;
        setId("case-people");
        getStyleClass().add("case-people");
        boolean canWrite = vm.canWrite();
        roleForm = new RoleFormView(vm.roleForm(), m, canWrite, this::reclassify);
        Label pick = new Label(m.get("casePeople.select"));
        pick.setId("case-people-select");
        pick.getStyleClass().add("help-text");
        pick.setWrapText(true);
        pick.setPadding(new Insets(24));
        pick.visibleProperty().bind(vm.selectedProperty().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        VBox selected = new VBox(pick, roleForm, new JourneyView(vm.journey(), m, dialogs, canWrite));
        selectedPane = new ScrollPane(selected);
        selectedPane.setFitToWidth(true);
        detail.getChildren().add(selectedPane);
        SplitPane split = new SplitPane(new CasePeopleTable(vm, m, this::mayLeave), detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        main.setTop(toolbar(canWrite, openPerson));
        main.setCenter(split);
        getChildren().add(main);
        vm.selectedProperty().addListener((o, a, b) -> showSelected());
        vm.refresh(null);
    }

    private HBox toolbar(boolean canWrite, Consumer<UUID> openPerson) {
        Button add = button("case-people-add", "casePeople.add", "mdi2a-account-plus");
        add.setOnAction(e -> addPerson());
        Button edit = button("case-people-edit", "casePeople.edit", "mdi2p-pencil");
        edit.setOnAction(e -> {
            showSelected();
            roleForm.requestFocus();
        });
        Button remove = button("case-people-remove", "common.remove", "mdi2l-link-off");
        remove.setOnAction(e -> {
            CasePerson row = vm.selectedProperty().get();
            if (row != null && dialogs.confirm(m.get("common.confirm"), m.get("casePeople.removeConfirm",
                    row.fullName(), Codes.label(m, "role.case.", row.link().role())))) {
                vm.removeSelected();
            }
        });
        Button reclassify = button("case-people-reclassify", "role.reclassify", "mdi2s-swap-horizontal");
        reclassify.setOnAction(e -> reclassify());
        Button open = button("case-people-open", "casePeople.openPerson", "mdi2a-account-arrow-right");
        open.setOnAction(e -> {
            CasePerson row = vm.selectedProperty().get();
            if (row != null) {
                openPerson.accept(row.personId());
            }
        });
        Button reveal = button("case-people-reveal", "identity.reveal", "mdi2e-eye-outline");
        reveal.setOnAction(e -> vm.revealSelected());
        reveal.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().masked(),
                vm.selectedProperty()));
        reveal.setVisible(vm.canReveal());
        reveal.setManaged(vm.canReveal());
        var none = vm.selectedProperty().isNull();
        edit.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        open.disableProperty().bind(none);
        reclassify.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !CasePeopleViewModel.canReclassify(vm.selectedProperty().get()), vm.selectedProperty()));
        for (Button b : new Button[] {add, edit, remove, reclassify}) {
            b.setVisible(canWrite);
            b.setManaged(canWrite);
        }
        Label message = new Label();
        message.setId("case-people-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, remove, reclassify, open, reveal, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private Button button(String id, String key, String icon) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private void showSelected() {
        detail.getChildren().setAll(selectedPane);
    }

    private void addPerson() {
        AddPersonViewModel addVm = vm.newAddPerson();
        AddPersonView pane = new AddPersonView(addVm, m, (RoleLink link) -> {
            getChildren().setAll(main);
            vm.refresh(link.id());
        }, () -> getChildren().setAll(main));
        getChildren().setAll(pane);
        pane.focusFirst();
    }

    private void reclassify() {
        CasePerson row = vm.selectedProperty().get();
        ReclassifyViewModel rvm = vm.newReclassify();
        if (rvm == null) {
            return;
        }
        if (vm.roleForm().dirtyProperty().get() && !dialogs.confirm(m.get("common.confirm"),
                m.get("common.unsaved", row.fullName()))) {
            return;
        }
        ScrollPane pane = new ScrollPane(new ReclassifyView(rvm, m, zone, row.fullName(), link -> {
            showSelected();
            vm.refresh(link.id());
        }, this::showSelected));
        pane.setFitToWidth(true);
        detail.getChildren().setAll(pane);
    }

    /** Whether the shown role form may be left: nothing unsaved, or the user lets it go. */
    private boolean mayLeave() {
        CasePerson row = vm.selectedProperty().get();
        return row == null || !vm.roleForm().dirtyProperty().get()
                || dialogs.confirm(m.get("common.confirm"), m.get("common.unsaved", row.fullName()));
    }

    public CasePeopleViewModel viewModel() {
        return vm;
    }

    /** Whether the role form holds changes not saved yet. */
    @Override
    public boolean hasUnsavedChanges() {
        return vm.roleForm().dirtyProperty().get();
    }
}
