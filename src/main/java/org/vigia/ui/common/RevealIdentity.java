package org.vigia.ui.common;

import java.util.UUID;
import org.vigia.l10n.Messages;
import org.vigia.service.persons.IdentityService;

/**
 * "Reveal identity…", the same on every screen that shows a hidden victim: asks why (a dialog),
 * reveals through {@link IdentityService} on the task runner, shows a refusal or a bad reason as
 * an error dialog, and on success runs {@code onRevealed} on the FX thread so the screen reloads
 * with the real name. Offer it only when {@link #allowed()}; the service refuses (audited) anyway.
 */
public final class RevealIdentity {
    private final IdentityService identity;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;

    public RevealIdentity(IdentityService identity, TaskRunner runner, Messages m, DialogService dialogs) {
        this.identity = identity;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
    }

    /** Whether the signed-in account may reveal identities. */
    public boolean allowed() {
        return identity.canReveal();
    }

    /**
     * Asks for the reason to reveal {@code personId}, shown to the user as {@code shownName} (its
     * pseudonym), then reveals it. Nothing happens when the user cancels.
     */
    public void ask(UUID personId, String shownName, Runnable onRevealed) {
        dialogs.ask(m.get("identity.reveal.title"), m.get("identity.reveal.prompt", shownName == null ? "" : shownName),
                "").ifPresent(reason -> runner.run(() -> {
                    identity.reveal(personId, reason);
                    return null;
                }, x -> onRevealed.run(), t -> dialogs.error(m.get("identity.reveal.failed", m.error(t)))));
    }

    /** {@link #ask(UUID, String, Runnable)} for a person whose shown name is not at hand. */
    public void ask(UUID personId, Runnable onRevealed) {
        ask(personId, org.vigia.model.Pseudonym.code(personId), onRevealed);
    }
}
