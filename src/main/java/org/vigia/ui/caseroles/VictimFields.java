package org.vigia.ui.caseroles;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.ExploitationType;
import org.vigia.model.LabourIndustry;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.TraffickerRelationship;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;

/**
 * The victim's fields of the role form. The trafficking status is not edited here (only through
 * a reclassification): it is kept as loaded.
 */
public final class VictimFields {
    public final ObjectProperty<TraffickingStatus> status = new SimpleObjectProperty<>();
    public final ObjectProperty<DecidingOrganization> decidedBy = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    public final ObjectProperty<TraffickerRelationship> relationship = new SimpleObjectProperty<>();
    public final StringProperty ageWhenTrafficked = new SimpleStringProperty("");
    public final ObservableList<String> recruitment = FXCollections.observableArrayList();
    public final StringProperty platforms = new SimpleStringProperty("");
    public final ObservableList<String> control = FXCollections.observableArrayList();
    public final ObservableList<String> exploitation = FXCollections.observableArrayList();
    public final ObjectProperty<LabourIndustry> industry = new SimpleObjectProperty<>();
    public final ObjectProperty<SexualExploitationType> sexual = new SimpleObjectProperty<>();
    public final StringProperty identifiedBy = new SimpleStringProperty("");
    public final StringProperty identifiedAt = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> identifiedOn = new SimpleObjectProperty<>();

    List<Observable> all() {
        return List.of(decidedBy, decidedOn, relationship, ageWhenTrafficked, recruitment, platforms, control,
                exploitation, industry, sexual, identifiedBy, identifiedAt, identifiedOn);
    }

    void show(VictimDetails v) {
        VictimDetails d = v == null ? VictimDetails.status(null, null, null) : v;
        status.set(d.status());
        decidedBy.set(d.decidedBy());
        decidedOn.set(d.decidedOn());
        relationship.set(d.relationship());
        ageWhenTrafficked.set(d.ageWhenTrafficked() == null ? "" : String.valueOf(d.ageWhenTrafficked()));
        Codes.show(recruitment, d.recruitment());
        platforms.set(Codes.text(d.recruitmentPlatforms()));
        Codes.show(control, d.control());
        Codes.show(exploitation, d.exploitation());
        industry.set(d.labourIndustry());
        sexual.set(d.sexualExploitation());
        identifiedBy.set(Codes.text(d.identifiedBy()));
        identifiedAt.set(Codes.text(d.identifiedAt()));
        identifiedOn.set(d.identifiedOn());
    }

    /** The details as typed; throws NumberFormatException when the age is not a whole number. */
    VictimDetails draft() {
        String age = ageWhenTrafficked.get() == null ? "" : ageWhenTrafficked.get().strip();
        return new VictimDetails(status.get(), decidedBy.get(), decidedOn.get(), relationship.get(),
                age.isEmpty() ? null : Integer.valueOf(age), Codes.read(RecruitmentMethod.class, recruitment),
                Codes.orNull(platforms.get()), Codes.read(ControlMethod.class, control),
                Codes.read(ExploitationType.class, exploitation), industry.get(), sexual.get(),
                Codes.orNull(identifiedBy.get()), Codes.orNull(identifiedAt.get()), identifiedOn.get());
    }
}
