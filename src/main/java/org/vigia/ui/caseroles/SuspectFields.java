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
import org.vigia.model.ArrestStatus;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.SuspectDetails;

/** The suspect's fields of the role form, as properties. */
public final class SuspectFields {
    public final ObjectProperty<ArrestStatus> arrestStatus = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> arrestedOn = new SimpleObjectProperty<>();
    public final StringProperty arrestCountry = new SimpleStringProperty();
    public final StringProperty arrestLocality = new SimpleStringProperty("");
    public final ObservableList<String> charges = FXCollections.observableArrayList();
    public final ObservableList<String> processRoles = FXCollections.observableArrayList();
    public final StringProperty criminalGroup = new SimpleStringProperty("");
    public final ObjectProperty<NoticeColour> notice = new SimpleObjectProperty<>();
    public final StringProperty noticeReference = new SimpleStringProperty("");
    public final StringProperty wantedBy = new SimpleStringProperty();

    List<Observable> all() {
        return List.of(arrestStatus, arrestedOn, arrestCountry, arrestLocality, charges, processRoles, criminalGroup,
                notice, noticeReference, wantedBy);
    }

    void show(SuspectDetails s) {
        SuspectDetails d = s == null ? new SuspectDetails(null, null, null, null, null, null, null, null, null, null) : s;
        arrestStatus.set(d.arrestStatus());
        arrestedOn.set(d.arrestedOn());
        arrestCountry.set(d.arrestCountry());
        arrestLocality.set(Codes.text(d.arrestLocality()));
        Codes.show(charges, d.charges());
        Codes.show(processRoles, d.processRoles());
        criminalGroup.set(Codes.text(d.criminalGroup()));
        notice.set(d.notice());
        noticeReference.set(Codes.text(d.noticeReference()));
        wantedBy.set(d.wantedBy());
    }

    SuspectDetails draft() {
        return new SuspectDetails(arrestStatus.get(), arrestedOn.get(), Codes.orNull(arrestCountry.get()),
                Codes.orNull(arrestLocality.get()), Codes.read(OffenceType.class, charges),
                Codes.read(PerpetratorRole.class, processRoles), Codes.orNull(criminalGroup.get()), notice.get(),
                Codes.orNull(noticeReference.get()), Codes.orNull(wantedBy.get()));
    }
}
