package org.vigia.ui.caseroles;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseRole;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.ExploitationType;
import org.vigia.model.LabourIndustry;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.RoleLink;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.TraffickerRelationship;
import org.vigia.ui.common.FormGrid;

/** The fields of the selected link's role, with Save / Cancel; rebuilt when another link is shown. */
final class RoleFormView extends VBox {
    private final RoleFormViewModel vm;
    private final Messages m;
    private final boolean canWrite;
    private final Runnable reclassify;
    private final VBox body = new VBox();
    private Inputs inputs;
    private RoleLink shown;

    RoleFormView(RoleFormViewModel vm, Messages m, boolean canWrite, Runnable reclassify) {
        this.vm = vm;
        this.m = m;
        this.canWrite = canWrite;
        this.reclassify = reclassify;
        setId("role-form");
        getStyleClass().add("role-form");
        getChildren().addAll(body, buttons());
        vm.linkProperty().addListener((o, a, l) -> rebuild(l));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (canWrite && new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.S,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            }
        });
        rebuild(vm.linkProperty().get());
    }

    private void rebuild(RoleLink l) {
        if (l != null && shown != null && l.id().equals(shown.id()) && l.role() == shown.role()) {
            shown = l;
            return;
        }
        shown = l;
        inputs = new Inputs(m);
        body.getChildren().clear();
        setVisible(l != null);
        setManaged(l != null);
        if (l == null) {
            return;
        }
        FormGrid grid = new FormGrid(m, vm.errors(), "role-error-");
        grid.section(m.get("casePeople.roleOf", Codes.label(m, "role.case.", l.role())), "title-4");
        switch (l.role()) {
            case SUSPECT -> suspect(grid);
            case VICTIM -> victim(grid);
            case SMUGGLED_MIGRANT -> migrant(grid);
            default -> { }
        }
        grid.field("note", inputs.area("role-note", vm.noteProperty(), 2), null);
        body.getChildren().add(grid);
    }

    private void suspect(FormGrid g) {
        SuspectFields s = vm.suspect();
        g.field("arrestStatus", inputs.choice("role-arrest-status", ArrestStatus.values(), "suspect.arrest.", s.arrestStatus), null);
        g.field("arrestedOn", inputs.date("role-arrested-on", "arrestedOn", s.arrestedOn), null);
        g.field("arrestCountry", inputs.country("role-arrest-country", s.arrestCountry), null);
        g.field("arrestLocality", inputs.text("role-arrest-place", s.arrestLocality), null);
        g.field("charges", inputs.codes("role-charges", OffenceType.class, "offence.", s.charges), null);
        g.field("processRoles", inputs.codes("role-process-roles", PerpetratorRole.class, "suspect.processRole.",
                s.processRoles), null);
        g.field("criminalGroup", inputs.text("role-criminal-group", s.criminalGroup), null);
        g.field("notice", inputs.choice("role-notice", NoticeColour.values(), "suspect.notice.", s.notice), null);
        g.field("noticeReference", inputs.text("role-notice-reference", s.noticeReference), null);
        g.field("wantedBy", inputs.country("role-wanted-by", s.wantedBy), null);
    }

    private void victim(FormGrid g) {
        VictimFields v = vm.victim();
        Label status = new Label();
        status.setId("role-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> v.status.get() == null
                ? m.get("casePeople.notClassified") : Codes.label(m, "victim.status.", v.status.get()), v.status));
        Button again = new Button(m.get("role.reclassify"));
        again.setId("role-reclassify");
        again.getStyleClass().add("small");
        again.setOnAction(e -> reclassify.run());
        again.setVisible(canWrite);
        HBox statusRow = new HBox(12, status, again);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        g.field("traffickingStatus", statusRow, m.get("casePeople.status.help"));
        var decidedBy = inputs.choice("role-decided-by", DecidingOrganization.values(), "victim.decidedBy.", v.decidedBy);
        var decidedOn = inputs.date("role-decided-on", "decidedOn", v.decidedOn);
        decidedBy.disableProperty().bind(v.status.isNull());
        decidedOn.disableProperty().bind(v.status.isNull());
        g.field("decidedBy", decidedBy, null);
        g.field("decidedOn", decidedOn, null);
        g.field("relationship", inputs.choice("role-relationship", TraffickerRelationship.values(),
                "victim.relationship.", v.relationship), null);
        var age = inputs.text("role-age-trafficked", v.ageWhenTrafficked);
        age.setMaxWidth(80);
        g.field("ageWhenTrafficked", age, null);
        g.field("recruitmentMethods", inputs.codes("role-recruitment", RecruitmentMethod.class, "victim.recruitment.",
                v.recruitment), null);
        g.field("recruitmentPlatforms", inputs.area("role-platforms", v.platforms, 2), null);
        g.field("controlMethods", inputs.codes("role-control", ControlMethod.class, "victim.control.", v.control), null);
        g.field("exploitationTypes", inputs.codes("role-exploitation", ExploitationType.class, "victim.exploitation.",
                v.exploitation), null);
        g.field("labourIndustry", inputs.choice("role-industry", LabourIndustry.values(), "victim.industry.",
                v.industry), null);
        g.field("sexualExploitation", inputs.choice("role-sexual", SexualExploitationType.values(),
                "victim.sexualExploitation.", v.sexual), null);
        g.field("identifiedBy", inputs.text("role-identified-by", v.identifiedBy), null);
        g.field("identifiedAt", inputs.text("role-identified-at", v.identifiedAt), null);
        g.field("identifiedOn", inputs.date("role-identified-on", "identifiedOn", v.identifiedOn), null);
        minor(g);
    }

    private void migrant(FormGrid g) {
        MigrantFields f = vm.migrant();
        g.field("detectedCountry", inputs.country("role-detected-country", f.detectedCountry), null);
        g.field("detectedPlace", inputs.text("role-detected-place", f.detectedPlace), null);
        g.field("detectedOn", inputs.date("role-detected-on", "detectedOn", f.detectedOn), null);
        var amount = inputs.text("role-fee-amount", f.feeAmount);
        amount.setMaxWidth(160);
        g.field("feeAmount", amount, null);
        g.field("feeCurrency", inputs.currency("role-fee-currency", f.feeCurrency), null);
        g.field("destinationCountry", inputs.country("role-destination", f.destinationCountry), null);
        minor(g);
    }

    private void minor(FormGrid g) {
        Label minor = new Label();
        minor.setId("role-minor");
        minor.textProperty().bind(vm.minorProperty());
        g.field("minorAtIdentification", minor, m.get("casePeople.minor.help"));
    }

    private HBox buttons() {
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("role-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        save.setOnAction(e -> save());
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("role-cancel");
        cancel.disableProperty().bind(vm.dirtyProperty().not());
        cancel.setOnAction(e -> vm.revert());
        save.setVisible(canWrite);
        save.setManaged(canWrite);
        cancel.setVisible(canWrite);
        cancel.setManaged(canWrite);
        Label message = new Label();
        message.setId("role-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, save, cancel, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 16, 8, 16));
        return bar;
    }

    /** Saves, counting dates typed without Enter; text that is not a date is named on its field. */
    void save() {
        vm.errors().clear();
        if (inputs.commitDates(vm.errors())) {
            vm.save();
        }
    }
}
