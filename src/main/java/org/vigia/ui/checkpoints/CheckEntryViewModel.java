package org.vigia.ui.checkpoints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckSubject;
import org.vigia.model.CheckTally;
import org.vigia.model.ControlSummary;
import org.vigia.model.DocumentType;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;
import org.vigia.model.WatchCheckResult;
import org.vigia.model.WatchHit;
import org.vigia.service.checkpoints.CheckService;
import org.vigia.service.checkpoints.TallyService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * One open control: the keyboard entry form of its checks (with the watch-list result as the
 * officer types), its checks newest first (paged) and its tallies. After a save the form clears
 * for the next traveller but keeps the carried-over fields: nationality, issuing country,
 * document type, direction, purpose, conveyance and its reference, vessel IMO and flag.
 */
public final class CheckEntryViewModel {
    /** What the watch-list line shows. */
    public enum WatchState { IDLE, CHECKING, CLEAR, HIT }

    private final CheckService checks;
    private final TallyService tallies;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final Clock clock;
    private final ControlSummary control;
    final CheckForm form = new CheckForm();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<WatchState> watchState = new SimpleObjectProperty<>(WatchState.IDLE);
    private final StringProperty watchText = new SimpleStringProperty("");
    private final PagedList<BorderCheck> rows;
    private final IntegerProperty checkCount = new SimpleIntegerProperty();
    private final ObservableList<CheckTally> tallyRows = FXCollections.observableArrayList();
    private final StringProperty tallyPersons = new SimpleStringProperty("");
    private final StringProperty tallyDocuments = new SimpleStringProperty("");
    private final StringProperty tallyHits = new SimpleStringProperty("");
    private final StringProperty tallyNote = new SimpleStringProperty("");
    private final ObservableMap<String, String> tallyErrors = FXCollections.observableHashMap();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private int previewSeq;
    /** The watch line shows the answer of the check just saved (kept while the emptied form is previewed). */
    private boolean showingSaved;
    private final CheckText text;

    public CheckEntryViewModel(ControlSummary control, CheckService checks, TallyService tallies, TaskRunner runner,
                               Messages m, DialogService dialogs, Clock clock) {
        this.control = control;
        this.checks = checks;
        this.tallies = tallies;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
        this.clock = clock;
        this.text = new CheckText(m, clock.getZone(), control.control().shiftStart());
        this.rows = new PagedList<>((offset, limit, done, failed) ->
                runner.run(() -> checks.list(control.control().id(), offset, limit), done, e -> failed.run()));
        form.docType.set(DocumentType.Passport);
        form.checkedAt.set(defaultTime(null));
    }

    /** Loads the checks and tallies. */
    public void load() {
        reloadChecks();
        runner.run(() -> tallies.list(control.control().id()), tallyRows::setAll, e -> dialogs.error(m.error(e)));
    }

    private void reloadChecks() {
        runner.run(() -> checks.count(control.control().id()), n -> {
            checkCount.set(n.intValue());
            rows.reset(n.intValue());
        }, e -> dialogs.error(m.error(e)));
    }

    /** Now, when it is inside the shift; otherwise the time typed before (entering a past shift). */
    private String defaultTime(String before) {
        Instant now = clock.instant();
        if (control.control().covers(now) || before == null || before.isBlank()) {
            Instant at = control.control().covers(now) ? now : control.control().shiftStart();
            return ControlsViewModel.TIME.format(at.atZone(clock.getZone()));
        }
        return before;
    }

    /** Matches what is typed against the lists (the view calls it, debounced, as the officer types). */
    public void preview() {
        CheckSubject s = form.subject(m);
        int seq = ++previewSeq;
        if (!s.hasPerson() && !s.hasDocument()) {
            if (showingSaved) {
                return; // the emptied form after a save keeps the saved check's answer until typing starts
            }
            watchState.set(WatchState.IDLE);
            watchText.set(m.get("checkpoint.watch.idle"));
            return;
        }
        showingSaved = false;
        watchState.set(WatchState.CHECKING);
        watchText.set(m.get("checkpoint.watch.checking"));
        runner.run(() -> checks.preview(s), r -> {
            if (seq == previewSeq) {
                showWatch(r);
            }
        }, e -> {
            if (seq == previewSeq) {
                watchState.set(WatchState.IDLE);
                watchText.set(m.error(e));
            }
        });
    }

    private void showWatch(WatchCheckResult r) {
        if (!r.hit()) {
            watchState.set(WatchState.CLEAR);
            watchText.set(m.get("checkpoint.watch.noHit", r.checkedAgainst().size()));
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (WatchHit h : r.hits()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String entry = h.entry();
            if (h.entryBirthDate() != null) {
                entry += ", " + m.get("checkpoint.watch.born", m.date(h.entryBirthDate()));
            }
            if (h.noticeType() != null || h.noticeRef() != null) {
                entry += ", " + m.get("checkpoint.watch.notice", h.noticeType() == null ? "" : h.noticeType(),
                        h.noticeRef() == null ? "" : h.noticeRef()).strip();
            }
            sb.append(m.get("checkpoint.watch.hit", h.list().listName(), h.list().listVersion(), entry));
        }
        watchState.set(WatchState.HIT);
        watchText.set(sb.toString());
    }

    /** Saves the check; on success clears for the next one, keeping the carried-over fields. */
    public void save() {
        if (saving.get()) {
            return;
        }
        errors.clear();
        message.set("");
        Instant at = parseTime();
        if (at == null) {
            return;
        }
        BorderCheck draft = form.draft(control.control().id(), at, m);
        if (!form.localErrors.isEmpty()) {
            errors.putAll(form.localErrors);
            return;
        }
        saving.set(true);
        runner.run(() -> checks.record(draft), saved -> {
            saving.set(false);
            clear();
            showWatch(saved.watch());
            showingSaved = true;
            checkCount.set(checkCount.get() + 1);
            message.set(m.get("checkpoint.entry.saved", checkCount.get()));
            reloadChecks();
        }, t -> {
            saving.set(false);
            String text = FieldErrors.show(t, errors, m);
            if (!(t instanceof ValidationException)) {
                dialogs.error(text);
            }
        });
    }

    private Instant parseTime() {
        String text = form.checkedAt.get();
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip(), ControlsViewModel.TIME)
                    .atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("checkedAt", m.fieldError(FieldError.of("checkedAt", "checkpoint.error.badTime", "2026-03-15 06:00")));
            return null;
        }
    }

    /** Clears the person and document of the form, keeping the carried-over fields (Escape, and after a save). */
    public void clear() {
        previewSeq++; // an answer still on its way is for the traveller just cleared
        showingSaved = false;
        errors.clear();
        form.clearForNext();
        form.checkedAt.set(defaultTime(form.checkedAt.get()));
        watchState.set(WatchState.IDLE);
        watchText.set(m.get("checkpoint.watch.idle"));
    }

    public void addTally(Runnable added) {
        tallyErrors.clear();
        Integer persons = count("personsScreened", tallyPersons.get());
        Integer documents = count("documentsChecked", tallyDocuments.get());
        Integer hits = count("hits", tallyHits.get());
        if (!tallyErrors.isEmpty()) {
            return;
        }
        CheckTally draft = new CheckTally(null, 0, control.control().id(), persons, documents, hits, tallyNote.get(), null);
        runner.run(() -> tallies.add(draft), saved -> {
            tallyRows.add(saved);
            tallyPersons.set("");
            tallyDocuments.set("");
            tallyHits.set("");
            tallyNote.set("");
            message.set(m.get("checkpoint.tallies.saved"));
            added.run();
        }, t -> {
            String text = FieldErrors.show(t, tallyErrors, m);
            if (!(t instanceof ValidationException)) {
                dialogs.error(text);
            }
        });
    }

    private Integer count(String field, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            tallyErrors.put(field, m.fieldError(FieldError.of(field, "validation.number")));
            return null;
        }
    }

    /** How checks and tallies read in the control's tables. */
    public CheckText text() {
        return text;
    }

    public ControlSummary control() {
        return control;
    }

    public CheckForm form() {
        return form;
    }

    public PagedList<BorderCheck> rows() {
        return rows;
    }

    public IntegerProperty checkCountProperty() {
        return checkCount;
    }

    public ObservableList<CheckTally> tallyRows() {
        return tallyRows;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableMap<String, String> tallyErrors() {
        return tallyErrors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<WatchState> watchStateProperty() {
        return watchState;
    }

    public StringProperty watchTextProperty() {
        return watchText;
    }

    public StringProperty tallyPersonsProperty() {
        return tallyPersons;
    }

    public StringProperty tallyDocumentsProperty() {
        return tallyDocuments;
    }

    public StringProperty tallyHitsProperty() {
        return tallyHits;
    }

    public StringProperty tallyNoteProperty() {
        return tallyNote;
    }
}
