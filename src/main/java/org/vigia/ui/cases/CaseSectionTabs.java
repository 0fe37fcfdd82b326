package org.vigia.ui.cases;

import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;

/**
 * The tabs inside one case: "Details" (the case form), then one tab per {@link CaseSection}. A
 * section needs a saved case: until then its tab says so; its content is built when first shown.
 */
final class CaseSectionTabs {
    private CaseSectionTabs() {
    }

    static TabPane of(Node details, List<CaseSection> sections, CaseEditorViewModel vm, Messages m) {
        TabPane tabs = new TabPane();
        tabs.setId("case-sections");
        tabs.getStyleClass().add("case-sections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab first = new Tab(m.get("casePeople.tab.details"), details);
        first.setId("case-tab-details");
        tabs.getTabs().add(first);
        for (CaseSection s : sections) {
            tabs.getTabs().add(section(s, vm, m));
        }
        return tabs;
    }

    private static Tab section(CaseSection s, CaseEditorViewModel vm, Messages m) {
        Tab tab = new Tab(s.title());
        tab.setId(s.id());
        Label waiting = new Label(m.get("casePeople.saveFirst"));
        waiting.setId(s.id() + "-save-first");
        waiting.setWrapText(true);
        waiting.getStyleClass().add("help-text");
        StackPane holder = new StackPane(waiting);
        holder.setPadding(new Insets(24));
        tab.setContent(holder);
        Runnable build = () -> {
            CaseFile saved = vm.savedProperty().get();
            if (saved != null && tab.isSelected() && tab.getUserData() == null) {
                UUID id = saved.id();
                tab.setUserData(id);
                holder.setPadding(Insets.EMPTY);
                holder.getChildren().setAll(s.content().apply(id));
            }
        };
        tab.selectedProperty().addListener((o, a, now) -> build.run());
        vm.savedProperty().addListener((o, a, now) -> build.run());
        return tab;
    }
}
