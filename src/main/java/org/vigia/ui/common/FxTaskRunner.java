package org.vigia.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs service calls on one background thread, in order, and reports back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigia-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onSuccess.accept(result);
                });
            } catch (Throwable t) {
                if (!(t instanceof org.vigia.model.VigiaException)) {
                    LOG.error("Background task failed", t);
                }
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onFailure.accept(t);
                });
            }
        });
    }

    @Override
    public void ui(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
