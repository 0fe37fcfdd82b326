package org.vigia.ui.care;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.OrganizationType;
import org.vigia.model.Permission;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.service.care.ReferralService;
import org.vigia.ui.common.TaskRunner;

/**
 * The referrals of one victim: the list, the form of the selected (or a new) referral, and the
 * status changes (accepted, delivered, declined) with their date. Every call goes through the TaskRunner.
 */
public final class ReferralsViewModel {
    private final ReferralService referrals;
    private final TaskRunner runner;
    private final UUID linkId;
    private final CareState state;
    private final ObservableList<ServiceReferral> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ServiceReferral> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ServiceType> type = new SimpleObjectProperty<>();
    private final StringProperty provider = new SimpleStringProperty("");
    private final ObjectProperty<OrganizationType> providerType = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> referredOn = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> statusOn = new SimpleObjectProperty<>();

    public ReferralsViewModel(ReferralService referrals, Messages m, TaskRunner runner, UUID linkId) {
        this.referrals = referrals;
        this.runner = runner;
        this.linkId = linkId;
        this.state = new CareState(m);
        startNew();
    }

    public void load() {
        state.busy.set(true);
        runner.run(() -> referrals.list(linkId), all -> {
            state.busy.set(false);
            list.setAll(all);
            ServiceReferral was = selected.get();
            if (was != null) {
                all.stream().filter(r -> r.id().equals(was.id())).findFirst().ifPresentOrElse(this::select, this::startNew);
            }
        }, state::fail);
    }

    /** An empty form for a new referral dated today. */
    public void startNew() {
        selected.set(null);
        state.errors.clear();
        type.set(null);
        provider.set("");
        providerType.set(null);
        referredOn.set(referrals.today());
        notes.set("");
        statusOn.set(referrals.today());
    }

    public void select(ServiceReferral r) {
        if (r == null) {
            startNew();
            return;
        }
        selected.set(r);
        state.errors.clear();
        type.set(r.type());
        provider.set(r.provider());
        providerType.set(r.providerType());
        referredOn.set(r.referredOn());
        notes.set(r.notes() == null ? "" : r.notes());
        statusOn.set(referrals.today());
    }

    /** Adds the referral in the form, or saves the selected one. */
    public void save() {
        if (!state.begin()) {
            return;
        }
        ServiceReferral base = selected.get();
        ServiceReferral draft = base == null
                ? ServiceReferral.draft(linkId, type.get(), provider.get(), providerType.get(), referredOn.get(), notes.get())
                : base.withFields(type.get(), provider.get(), providerType.get(), referredOn.get(), notes.get());
        runner.run(() -> draft.isNew() ? referrals.add(draft) : referrals.update(draft),
                r -> done(r, draft.isNew() ? "care.referral.added" : "care.referral.saved"), state::fail);
    }

    /** Moves the selected referral to {@code to} on the date in {@link #statusOnProperty()}. */
    public void changeStatus(ReferralStatus to) {
        ServiceReferral r = selected.get();
        if (r == null || !state.begin()) {
            return;
        }
        LocalDate on = statusOn.get();
        runner.run(() -> referrals.changeStatus(r.id(), r.version(), to, on),
                x -> done(x, "care.referral.statusChanged"), state::fail);
    }

    /** Removes the selected referral (the view asks first). */
    public void remove() {
        ServiceReferral r = selected.get();
        if (r == null || !state.begin()) {
            return;
        }
        runner.run(() -> {
            referrals.remove(r.id(), r.version());
            return r;
        }, x -> {
            list.removeIf(y -> y.id().equals(r.id()));
            startNew();
            state.done("care.referral.removed");
        }, state::fail);
    }

    /** Whether the selected referral may move to {@code to}. */
    public boolean canMove(ReferralStatus to) {
        ServiceReferral r = selected.get();
        return r != null && r.status().canMoveTo(to);
    }

    private void done(ServiceReferral r, String key) {
        int i = indexOf(r.id());
        if (i < 0) {
            list.add(r);
        } else {
            list.set(i, r);
        }
        list.sort(java.util.Comparator.comparing(ServiceReferral::referredOn));
        select(r);
        state.done(key);
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean canWrite() {
        return referrals.allows(Permission.CASE_WRITE);
    }

    public ObservableList<ServiceReferral> referrals() {
        return list;
    }

    public ReadOnlyObjectProperty<ServiceReferral> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<ServiceType> typeProperty() {
        return type;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public ObjectProperty<OrganizationType> providerTypeProperty() {
        return providerType;
    }

    public ObjectProperty<LocalDate> referredOnProperty() {
        return referredOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LocalDate> statusOnProperty() {
        return statusOn;
    }

    public ObservableMap<String, String> errors() {
        return state.errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return state.message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return state.busy.getReadOnlyProperty();
    }
}
