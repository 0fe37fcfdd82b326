package org.vigia.service.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.vigia.model.VigiaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings of this installation kept beside the database in {@code settings.properties}
 * (read before the database opens, so the first window already speaks the chosen language).
 */
public final class SettingsService {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);
    public static final String FILE = "settings.properties";
    private static final String LANGUAGE = "language";

    private final Path file;

    public SettingsService(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The language chosen in settings; empty means "follow the system". */
    public Optional<Locale> language() {
        String tag = load().getProperty(LANGUAGE, "").strip();
        return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    /** Stores the language ({@code null} = follow the system), atomically. */
    public void setLanguage(Locale locale) {
        Properties p = load();
        if (locale == null) {
            p.remove(LANGUAGE);
        } else {
            p.setProperty(LANGUAGE, locale.toLanguageTag());
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Vigia settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write settings", e);
            throw new VigiaException("error.settings.write", file.toString());
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read settings; using defaults", e);
            }
        }
        return p;
    }
}
