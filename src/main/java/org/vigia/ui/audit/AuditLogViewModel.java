package org.vigia.ui.audit;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditEvent;
import org.vigia.model.AuditFilter;
import org.vigia.model.AuditVerification;
import org.vigia.service.audit.AuditService;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * The audit log: filters as properties, events paged from the database newest first, and the
 * verification of the chain. Every change of a filter starts a new query; answers to older
 * queries are ignored.
 */
public final class AuditLogViewModel {
    /** The outcome of the last verification shown. */
    public enum Verdict { NONE, RUNNING, OK, BROKEN }

    private final AuditService audit;
    private final TaskRunner runner;
    private final Messages m;
    private final ZoneId zone;

    private final ObjectProperty<String> user = new SimpleObjectProperty<>();
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> userChoices = FXCollections.observableArrayList();
    private final ObservableList<String> actionChoices = FXCollections.observableArrayList();
    private final PagedList<AuditEvent> rows;
    /** The filter whose total the rows were last sized for: pages are always read from it. */
    private AuditFilter shown;
    private int queryGeneration;
    private boolean clearing;

    public AuditLogViewModel(AuditService audit, TaskRunner runner, Messages messages, ZoneId zone) {
        this.audit = audit;
        this.runner = runner;
        this.m = messages;
        this.zone = zone;
        this.shown = AuditFilter.any(zone);
        this.rows = new PagedList<>(this::loadPage);
        user.addListener((o, a, b) -> filterChanged());
        action.addListener((o, a, b) -> filterChanged());
        from.addListener((o, a, b) -> filterChanged());
        to.addListener((o, a, b) -> filterChanged());
    }

    private void filterChanged() {
        if (!clearing) {
            refresh();
        }
    }

    private void loadPage(int offset, int limit, Consumer<List<AuditEvent>> done, Runnable failed) {
        AuditFilter f = shown;
        runner.run(() -> audit.page(f, offset, limit), done, t -> {
            failed.run();
            error.set(m.error(t));
        });
    }

    /** The filters as they are set now. */
    public AuditFilter filter() {
        return new AuditFilter(user.get(), action.get(), from.get(), to.get(), zone);
    }

    /** Loads the filter choices and runs the current filters (each time the area is shown). */
    public void open() {
        loadChoices();
        refresh();
    }

    /** Counts the events that pass the filters and shows the first rows. */
    public void refresh() {
        int generation = ++queryGeneration;
        AuditFilter f = filter();
        runner.run(() -> audit.count(f), count -> {
            if (generation != queryGeneration) {
                return;
            }
            error.set("");
            shown = f;
            total.set(count);
            totalText.set(m.get("audit.log.total", count));
            rows.reset((int) Math.min(Integer.MAX_VALUE, count));
        }, t -> {
            if (generation != queryGeneration) {
                return;
            }
            error.set(m.error(t));
            total.set(0);
            totalText.set("");
            rows.reset(0);
        });
    }

    /** Reloads the users and actions offered as filters, keeping the ones chosen. */
    public void loadChoices() {
        runner.run(() -> List.of(audit.users(), audit.actions()), lists -> {
            List<String> actions = lists.get(1).stream()
                    .sorted(Comparator.comparing(this::actionLabel, Collator.getInstance(m.locale()))).toList();
            // replaced only when changed, so a combo box keeps its selection
            if (!userChoices.equals(lists.get(0))) {
                userChoices.setAll(lists.get(0));
            }
            if (!actionChoices.equals(actions)) {
                actionChoices.setAll(actions);
            }
        }, t -> error.set(m.error(t)));
    }

    /** Clears every filter and runs the query once. */
    public void clear() {
        clearing = true;
        try {
            user.set(null);
            action.set(null);
            from.set(null);
            to.set(null);
        } finally {
            clearing = false;
        }
        refresh();
    }

    /** Walks the whole chain in the background and says whether it is intact. */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        verdict.set(Verdict.RUNNING);
        verifyText.set(m.get("audit.log.verifying"));
        runner.run(audit::verify, (AuditVerification v) -> {
            verifying.set(false);
            verdict.set(v.ok() ? Verdict.OK : Verdict.BROKEN);
            verifyText.set(v.ok() ? m.get("audit.ok", v.eventCount())
                    : m.get("audit.broken", v.firstBrokenSeq(), m.get("audit.reason." + v.reason().name())));
        }, t -> {
            verifying.set(false);
            verdict.set(Verdict.BROKEN);
            verifyText.set(m.error(t));
        });
    }

    /** An action's label in the user's language ({@code CASE_CREATE}: key audit.action.case.create), else its code. */
    public String actionLabel(String code) {
        return code == null ? "" : labelOr("audit.action.", code);
    }

    /** An entity type's label (key audit.entity.TYPE), else the type as stored. */
    public String entityLabel(String type) {
        return type == null ? "" : labelOr("audit.entity.", type);
    }

    private String labelOr(String prefix, String code) {
        String key = prefix + code.toLowerCase(Locale.ROOT).replace('_', '.');
        return m.has(key) ? m.get(key) : code;
    }

    /** When an event happened, in the user's zone and locale. */
    public String time(Instant at) {
        return m.dateTime(at, zone);
    }

    public ObjectProperty<String> userProperty() {
        return user;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    public ObservableList<String> userChoices() {
        return userChoices;
    }

    public ObservableList<String> actionChoices() {
        return actionChoices;
    }

    public PagedList<AuditEvent> rows() {
        return rows;
    }
}
