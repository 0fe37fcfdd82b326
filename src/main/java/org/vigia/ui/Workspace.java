package org.vigia.ui;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.model.Site;
import org.vigia.ui.access.LockView;
import org.vigia.ui.access.LockViewModel;
import org.vigia.ui.common.IdleTimer;
import org.vigia.ui.common.TaskRunner;

/**
 * A signed-in person's window: the main window with the lock's curtain over it. After the idle
 * time (or Account > Lock) the main window is hidden, but stays as it was, unsaved forms and all;
 * while locked no key reaches it (its shortcuts included).
 */
public final class Workspace extends StackPane {
    private final MainWindow main;
    private final LockViewModel lockVm;
    private final LockView lock;
    private final IdleTimer idle;
    private final Scene scene;
    private final EventHandler<KeyEvent> keyGuard;
    private final EventHandler<KeyEvent> shortcutGuard;

    public Workspace(UiFactory factory, AppServices services, Site site, Stage stage, TaskRunner runner,
                     Messages m, Duration idleAfter, Runnable quit, Runnable signOut, Consumer<Account> switched) {
        Account account = services.context().account().orElseThrow();
        MainWindow[] holder = new MainWindow[1];
        lockVm = new LockViewModel(services.accounts(), account, runner, m,
                () -> holder[0] != null && holder[0].hasUnsavedChanges());
        main = factory.mainWindow(site, stage, quit, lockVm::lock, signOut);
        holder[0] = main;
        lock = new LockView(lockVm, m, switched);
        main.visibleProperty().bind(lockVm.lockedProperty().not());
        getChildren().setAll(main, lock);
        scene = stage.getScene();
        keyGuard = e -> {
            if (lockVm.lockedProperty().get() && !(e.getTarget() instanceof Node n && isInside(n, lock))) {
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.ANY, keyGuard);
        // keys typed in the lock's own fields still bubble to the scene, whose menu shortcuts
        // (Ctrl+N, Ctrl+S...) act on the hidden window: consumed here, after the fields had them
        shortcutGuard = e -> {
            if (lockVm.lockedProperty().get() && (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown())) {
                e.consume();
            }
        };
        scene.addEventHandler(KeyEvent.ANY, shortcutGuard);
        idle = new IdleTimer(idleAfter, lockVm::lock);
        factory.idleMinutesProperty().addListener((o, a, minutes) -> idle.setTimeout(Duration.minutes(minutes.intValue())));
        lockVm.lockedProperty().addListener((o, a, now) -> {
            if (now) {
                closeOtherWindows(stage);
                lock.focusPassword();
            } else {
                idle.restart();
            }
        });
    }

    /** Dialogs over a locked window would show what it hides: they close (as if cancelled). */
    private static void closeOtherWindows(Stage stage) {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Loads the first area of the main window. */
    public void start() {
        main.start();
    }

    public MainWindow main() {
        return main;
    }

    public boolean isLocked() {
        return lockVm.lockedProperty().get();
    }

    public void lock() {
        lockVm.lock();
    }

    /** Stops the idle timer and the key guard (signing out or switching person). */
    public void dispose() {
        idle.stop();
        scene.removeEventFilter(KeyEvent.ANY, keyGuard);
        scene.removeEventHandler(KeyEvent.ANY, shortcutGuard);
    }
}
