package org.vigia.ui.checkpoints;

import java.time.Instant;
import org.vigia.app.AppServices;
import org.vigia.model.CheckpointControl;
import org.vigia.model.ControlSummary;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointType;
import org.vigia.service.checkpoints.CheckService;
import org.vigia.testing.FixedWatchMatcher;
import org.vigia.ui.UiFixtures;

/** A river post with a shift around the UI clock's now (2026-11-25 12:00 UTC), and checks matched by the fixed lists. */
final class CheckpointUiFixture {
    final AppServices services = UiFixtures.services();
    final FixedWatchMatcher matcher = new FixedWatchMatcher();
    final CheckService checks = new CheckService(services.context(), services.audit(), matcher);
    final Operation operation = UiFixtures.operation(services, "RIO-1");
    final TransitPoint point = services.transitPoints().add(new TransitPoint(null, 0, TransitPointType.RIVER,
            "Puerto Leguízamo river post", "CO", "Putumayo", null, null));
    final CheckpointControl control = services.controls().add(new CheckpointControl(null, 0, operation.id(), point.id(),
            Instant.parse("2026-11-25T06:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"), "Sgt. Rojas", null));

    ControlSummary summary() {
        return services.controls().summary(control.id());
    }
}
