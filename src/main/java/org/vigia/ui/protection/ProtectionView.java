package org.vigia.ui.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.EditorTabs;

/**
 * The Victim protection area: the board (counts, statuses, victims) in the first tab, one tab
 * per open victim. Each victim tab holds a tab pane ({@code victim-sections}) whose first tab is
 * the history; {@link #addVictimSection} adds more (services, support plan, consent).
 */
public final class ProtectionView extends StackPane {
    private final TabPane tabs = new TabPane();
    private final ProtectionBoardViewModel boardVm;
    private final Supplier<VictimViewModel> victims;
    private final Messages m;
    private final List<VictimSection> sections = new ArrayList<>();
    private org.vigia.ui.common.RevealIdentity reveal;

    public ProtectionView(ProtectionBoardViewModel boardVm, Supplier<VictimViewModel> victims, Messages m) {
        this.boardVm = boardVm;
        this.victims = victims;
        this.m = m;
        getStyleClass().add("protection-area");
        getStylesheets().add(ProtectionView.class.getResource("protection.css").toExternalForm());
        Tab board = new Tab(m.get("protection.tab.board"), new ProtectionBoardView(boardVm, m, this::open));
        board.setId("protection-tab-board");
        board.setClosable(false);
        tabs.setId("protection-tabs");
        tabs.getTabs().add(board);
        getChildren().add(tabs);
    }

    /** Adds a tab after "History" to every victim opened from now on. */
    public void addVictimSection(VictimSection section) {
        sections.add(section);
    }

    /** Lets victims opened from now on be revealed by name (for accounts allowed to). */
    public void setReveal(org.vigia.ui.common.RevealIdentity action) {
        this.reveal = action;
    }

    /** Loads the filter choices, the counts and the first rows. */
    public void refresh() {
        boardVm.open();
    }

    /** Opens victim link {@code linkId} in its tab, or selects its tab if open already. */
    public void open(UUID linkId) {
        if (EditorTabs.select(tabs, linkId)) {
            return;
        }
        VictimViewModel vm = victims.get();
        vm.setOnChanged(boardVm::refresh);
        vm.load(linkId);
        Tab tab = new Tab();
        tab.setUserData(linkId);
        tab.setId("protection-victim-tab");
        tab.textProperty().bind(vm.headingProperty());
        tab.setContent(new VictimView(vm, m, sections, reveal, boardVm::refresh));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    public TabPane tabs() {
        return tabs;
    }
}
