package org.vigia.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.vigia.ui.common.DialogService;

/** A DialogService for tests: answers as told and records what was asked and shown. */
public final class RecordingDialogs implements DialogService {
    public volatile boolean confirmAnswer = true;
    public volatile Object choice;
    /** What {@link #ask} answers; null means the user cancelled. */
    public volatile String answer;
    public final List<String> asked = new CopyOnWriteArrayList<>();
    public final List<String> confirms = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    /** What the file choosers answer (null: the person cancels). */
    public volatile java.nio.file.Path fileToOpen;
    public volatile java.nio.file.Path fileToSave;
    public final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    public final List<String> fileDialogs = new CopyOnWriteArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        confirms.add(message);
        return confirmAnswer;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title, String filterLabel, String... extensions) {
        fileDialogs.add(title);
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<T> choices, T initial,
                                  Function<T, String> label) {
        return Optional.ofNullable((T) choice);
    }

    @Override
    public Optional<String> ask(String title, String message, String initial) {
        asked.add(message);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(fileToSave);
    }
}
