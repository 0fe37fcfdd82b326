package org.vigia.ui.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.vigia.app.AppServices;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.CaseStatus;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;
import org.vigia.service.care.CareServices;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.ui.UiFixtures;

/** A victim identified on 20 November 2026 (the UI tests' today is 25 November), and a stage for a pane. */
final class CareUiFixture {
    final AppServices services = UiFixtures.services();
    final CareServices care = new CareServices(services.context(), services.audit());
    final UUID link;

    CareUiFixture() {
        CaseFile kase = UiFixtures.newCase(services, "Bar raid", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking);
        Person p = services.persons().create(PersonServiceTest.person("Yuliana", "Ortiz", LocalDate.of(2001, 4, 2),
                List.of("VE")));
        VictimDetails v = new VictimDetails(TraffickingStatus.PossibleVictimOfTrafficking, DecidingOrganization.Police,
                LocalDate.of(2026, 11, 20), null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 11, 20));
        link = services.roles().add(RoleLink.of(kase.id(), p.id(), CaseRole.VICTIM, null).withVictim(v)).id();
    }

    static void show(Stage stage, javafx.scene.Parent pane) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(pane, 1280, 720));
        stage.show();
    }
}
