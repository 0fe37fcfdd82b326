package org.vigia.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditVerification;
import org.vigia.model.Site;
import org.vigia.service.demo.DemoService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.TaskRunner;

/** The main window's own state: the office, the status line, and the app-wide commands. */
public final class MainViewModel {
    public static final String VERSION = "0.1.0";
    private final AppServices services;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final Site site;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MainViewModel(AppServices services, Site site, TaskRunner runner, Messages m, DialogService dialogs) {
        this.services = services;
        this.site = site;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
    }

    public Site site() {
        return site;
    }

    /** The account menu's title: who is signed in. */
    public String accountText() {
        return services.context().account().map(a -> a.displayName()).orElse("-");
    }

    public boolean canReadCases() {
        return can(org.vigia.model.Permission.CASE_READ);
    }

    public boolean canWriteCases() {
        return can(org.vigia.model.Permission.CASE_WRITE);
    }

    public boolean canAudit() {
        return can(org.vigia.model.Permission.AUDIT_VIEW);
    }

    public boolean canManageAccounts() {
        return can(org.vigia.model.Permission.ACCOUNT_MANAGE);
    }

    private boolean can(org.vigia.model.Permission p) {
        return services.context().account().map(a -> a.can(p)).orElse(false);
    }

    /**
     * Changes the signed-in person's password after they typed the current one; {@code done}
     * runs on success, {@code problem} receives the reason it was refused.
     */
    public void changePassword(String current, String fresh, String again, Runnable done,
                               java.util.function.Consumer<String> problem) {
        if (!fresh.equals(again)) {
            problem.accept(m.get("validation.passwordMismatch"));
            return;
        }
        char[] c = current.toCharArray();
        char[] f = fresh.toCharArray();
        runner.run(() -> {
            try {
                services.accounts().changeOwnPassword(c, f);
            } finally {
                java.util.Arrays.fill(c, '\0');
                java.util.Arrays.fill(f, '\0');
            }
            return null;
        }, x -> {
            dialogs.info(m.get("password.changed"));
            done.run();
        }, t -> problem.accept(m.error(t)));
    }

    public String officeText() {
        return m.get("status.office", site.name(), site.officeCode());
    }

    public String dataText() {
        return m.get("status.data", services.folder() == null ? "-" : services.folder().toString());
    }

    /** Loads the demo set after confirmation; {@code done} runs when it is in. */
    public void loadDemo(Runnable done) {
        if (!dialogs.confirm(m.get("common.confirm"), m.get("demo.confirm", DemoService.CASES))) {
            return;
        }
        status.set(m.get("demo.progress", 0, DemoService.CASES));
        runner.run(() -> services.demo().load((i, total) -> {
            if (i % 25 == 0) {
                runner.ui(() -> status.set(m.get("demo.progress", i, total)));
            }
        }), r -> {
            status.set(m.get("demo.done", r.operationsCreated(), r.casesCreated(), r.casesSkipped(), r.rolesLinked()));
            done.run();
        }, this::fail);
    }

    /** Walks the audit chain and says the result. */
    public void verifyAudit() {
        status.set(m.get("status.working"));
        runner.run(() -> services.audit().verify(), (AuditVerification v) -> {
            String text = v.ok() ? m.get("audit.ok", v.eventCount())
                    : m.get("audit.broken", v.firstBrokenSeq(), m.get("audit.reason." + v.reason().name()));
            status.set(text);
            if (v.ok()) {
                dialogs.info(text);
            } else {
                dialogs.error(text);
            }
        }, this::fail);
    }

    public void about() {
        dialogs.info(m.get("about.text", VERSION, services.folder() == null ? "-"
                : services.folder().toString()));
    }

    private void fail(Throwable t) {
        status.set("");
        dialogs.error(m.error(t));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
