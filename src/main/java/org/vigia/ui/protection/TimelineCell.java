package org.vigia.ui.protection;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.vigia.l10n.Messages;
import org.vigia.model.ProtectionEntry;

/**
 * One entry of the timeline: date and status, the note, the follow-up set with it, who recorded
 * it when; a corrected entry is struck through, a correction says what it replaced and why.
 */
final class TimelineCell extends ListCell<ProtectionEntry> {
    private final Messages m;
    private final VictimViewModel vm;
    private final Label title = new Label();
    private final Label note = new Label();
    private final Label correction = new Label();
    private final Label recorded = new Label();
    private final VBox box = new VBox(2, title, note, correction, recorded);

    TimelineCell(Messages m, VictimViewModel vm) {
        this.m = m;
        this.vm = vm;
        title.getStyleClass().add("timeline-title");
        note.setWrapText(true);
        note.getStyleClass().add("timeline-note");
        for (Label l : new Label[] {title, note, correction, recorded}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        correction.setWrapText(true);
        correction.getStyleClass().add("timeline-correction");
        recorded.getStyleClass().add("help-text");
        box.getStyleClass().add("timeline-entry");
        setPrefWidth(0);
        listViewProperty().addListener((o, a, list) -> {
            box.prefWidthProperty().unbind();
            if (list != null) {
                box.prefWidthProperty().bind(list.widthProperty().subtract(40));
            }
        });
    }

    @Override
    protected void updateItem(ProtectionEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        getStyleClass().removeAll("entry-corrected", "entry-correction");
        if (empty || e == null) {
            setGraphic(null);
            return;
        }
        title.setText(m.get("protection.timeline.entry", m.date(e.date()), m.label("protection.status", e.status())));
        String noteText = e.note() == null ? "" : e.note();
        if (e.followUpOn() != null) {
            noteText += (noteText.isEmpty() ? "" : "\n") + m.get("protection.timeline.followUp", m.date(e.followUpOn()));
        }
        show(note, noteText);
        String fix = "";
        if (e.corrected()) {
            fix = m.get("protection.timeline.corrected");
            getStyleClass().add("entry-corrected");
        } else if (e.isCorrection()) {
            ProtectionEntry old = vm.entries().stream().filter(x -> x.id().equals(e.correctsEntryId())).findFirst()
                    .orElse(null);
            fix = old == null ? "" : m.get("protection.timeline.correction", m.date(old.date()),
                    m.label("protection.status", old.status()), e.reason());
            getStyleClass().add("entry-correction");
        }
        show(correction, fix);
        recorded.setText(m.get("protection.timeline.recorded", e.createdBy(),
                m.dateTime(e.createdAt(), java.time.ZoneId.systemDefault())));
        setGraphic(box);
    }

    private static void show(Label l, String text) {
        l.setText(text);
        l.setManaged(!text.isEmpty());
        l.setVisible(!text.isEmpty());
    }
}
