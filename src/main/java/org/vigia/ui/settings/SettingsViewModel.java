package org.vigia.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.vigia.l10n.Messages;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.common.TaskRunner;

/** Settings of this installation: the language (or "follow the system"). */
public final class SettingsViewModel {
    /** The "follow the system" choice. */
    public static final Locale SYSTEM = Locale.ROOT;

    private final SettingsService settings;
    private final TaskRunner runner;
    private final Messages m;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(SYSTEM);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(SettingsService settings, TaskRunner runner, Messages m) {
        this.settings = settings;
        this.runner = runner;
        this.m = m;
    }

    public List<Locale> choices() {
        List<Locale> list = new ArrayList<>();
        list.add(SYSTEM);
        list.addAll(Messages.SUPPORTED);
        return list;
    }

    /** A language named in its own tongue ("Español"), so anyone can find theirs. */
    public String label(Locale l) {
        if (SYSTEM.equals(l)) {
            return m.get("settings.language.system");
        }
        String name = l.getDisplayLanguage(l);
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    public void load() {
        runner.run(settings::language, (Optional<Locale> l) -> language.set(l
                .flatMap(x -> Messages.SUPPORTED.stream().filter(s -> s.getLanguage().equals(x.getLanguage())).findFirst())
                .orElse(SYSTEM)), t -> message.set(m.error(t)));
    }

    public void save(Runnable done, java.util.function.Consumer<String> failed) {
        Locale chosen = language.get();
        runner.run(() -> {
            settings.setLanguage(SYSTEM.equals(chosen) ? null : chosen);
            return chosen;
        }, l -> {
            message.set(m.get("settings.restart"));
            done.run();
        }, t -> {
            message.set(m.error(t));
            failed.accept(m.error(t));
        });
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
