package org.vigia.ui.common;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs an action after a stretch without keyboard or mouse input in any window of the app (the
 * idle lock): a key, click, scroll or mouse movement in the main window or in a dialog starts
 * the wait again.
 */
public final class IdleTimer {
    private final PauseTransition wait;
    private final EventHandler<InputEvent> activity;
    private final ListChangeListener<Window> windows;

    public IdleTimer(Duration timeout, Runnable onIdle) {
        this.wait = new PauseTransition(timeout);
        wait.setOnFinished(e -> onIdle.run());
        this.activity = e -> wait.playFromStart();
        this.windows = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
                change.getRemoved().forEach(w -> w.removeEventFilter(InputEvent.ANY, activity));
            }
        };
        Window.getWindows().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
        Window.getWindows().addListener(windows);
        wait.playFromStart();
    }

    public void setTimeout(Duration timeout) {
        wait.setDuration(timeout);
        wait.playFromStart();
    }

    /** Starts the wait again (e.g. after unlocking). */
    public void restart() {
        wait.playFromStart();
    }

    public void stop() {
        wait.stop();
        Window.getWindows().removeListener(windows);
        Window.getWindows().forEach(w -> w.removeEventFilter(InputEvent.ANY, activity));
    }
}
