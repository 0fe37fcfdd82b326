package org.vigia.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Runs the work and its callback at once on the calling thread (ViewModel tests). */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void ui(Runnable action) {
        action.run();
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
