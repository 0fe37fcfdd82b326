package org.vigia.ui.checkpoints;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointQuery;
import org.vigia.model.TransitPointType;
import org.vigia.model.ValidationException;
import org.vigia.service.checkpoints.TransitPointService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/** The transit point list (paged, filtered) and the form of the point selected or being added. */
public final class PointsViewModel {
    private final TransitPointService points;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final PagedList<TransitPoint> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TransitPointType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty countryFilter = new SimpleStringProperty();
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<TransitPoint> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<TransitPointType> type = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty locality = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private TransitPointQuery query = TransitPointQuery.all();
    private Runnable onChanged = () -> { };

    public PointsViewModel(TransitPointService points, TaskRunner runner, Messages m, DialogService dialogs,
                           String defaultCountry) {
        this.points = points;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
        this.rows = new PagedList<>((offset, limit, done, failed) -> {
            TransitPointQuery q = query;
            runner.run(() -> points.list(q, offset, limit), done, e -> failed.run());
        });
        country.set(defaultCountry);
        countryDefault = defaultCountry;
    }

    private final String countryDefault;

    /** Runs after a point was saved or removed (the controls pane follows). */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    /** Reloads the list with the current filters. */
    public void load() {
        TransitPointQuery q = new TransitPointQuery(typeFilter.get(), countryFilter.get(), search.get());
        query = q;
        runner.run(() -> points.count(q), n -> {
            countText.set(m.get("checkpoint.points.count", n));
            rows.reset((int) Math.min(Integer.MAX_VALUE, n));
        }, e -> dialogs.error(m.error(e)));
    }

    /** Shows {@code p} in the form (null: a new point). */
    public void edit(TransitPoint p) {
        errors.clear();
        message.set("");
        editing.set(p);
        type.set(p == null ? null : p.type());
        name.set(p == null ? "" : p.name());
        country.set(p == null ? countryDefault : p.country());
        locality.set(p == null || p.locality() == null ? "" : p.locality());
        latitude.set(p == null || p.latitude() == null ? "" : p.latitude().stripTrailingZeros().toPlainString());
        longitude.set(p == null || p.longitude() == null ? "" : p.longitude().stripTrailingZeros().toPlainString());
    }

    public void save() {
        errors.clear();
        message.set("");
        Map<String, String> local = new HashMap<>();
        BigDecimal lat = decimal("latitude", latitude.get(), local);
        BigDecimal lon = decimal("longitude", longitude.get(), local);
        if (!local.isEmpty()) {
            errors.putAll(local);
            return;
        }
        TransitPoint old = editing.get();
        TransitPoint draft = new TransitPoint(old == null ? null : old.id(), old == null ? 0 : old.version(), type.get(),
                name.get(), country.get(), locality.get(), lat, lon);
        runner.run(() -> old == null ? points.add(draft) : points.update(draft), saved -> {
            edit(saved);
            message.set(m.get("checkpoint.points.saved"));
            load();
            onChanged.run();
        }, this::failed);
    }

    public void remove() {
        TransitPoint p = editing.get();
        if (p == null || !dialogs.confirm(m.get("checkpoint.points.removeTitle"),
                m.get("checkpoint.points.removeConfirm", p.name()))) {
            return;
        }
        runner.run(() -> {
            points.remove(p.id(), p.version());
            return p;
        }, done -> {
            edit(null);
            message.set(m.get("checkpoint.points.removed"));
            load();
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable t) {
        String text = FieldErrors.show(t, errors, m);
        if (!(t instanceof ValidationException)) {
            dialogs.error(text);
        }
    }

    private BigDecimal decimal(String field, String text, Map<String, String> local) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            local.put(field, m.fieldError(FieldError.of(field, "checkpoint.error.badCoordinate", "-74.78")));
            return null;
        }
    }

    public boolean canWrite() {
        return points.allows(Permission.CASE_WRITE);
    }

    public PagedList<TransitPoint> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TransitPointType> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty countryFilterProperty() {
        return countryFilter;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public ObjectProperty<TransitPoint> editingProperty() {
        return editing;
    }

    public ObjectProperty<TransitPointType> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
