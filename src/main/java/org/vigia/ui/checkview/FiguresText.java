package org.vigia.ui.checkview;

import org.vigia.l10n.Messages;
import org.vigia.model.CheckpointCounts;

/** How a figure reads in the tables: counted and tallied side by side, never added up. */
final class FiguresText {
    private FiguresText() {
    }

    /** "12 counted + 850 tallied", or just "12" when nothing was tallied. */
    static String counted(Messages m, long counted, long tallied, boolean anyTally) {
        return anyTally ? m.get("checkview.countedTallied", counted, tallied) : m.number(counted);
    }

    static String persons(Messages m, CheckpointCounts c) {
        return counted(m, c.persons(), c.talliedPersons(), c.tallies() > 0);
    }

    static String documents(Messages m, CheckpointCounts c) {
        return counted(m, c.documents(), c.talliedDocuments(), c.tallies() > 0);
    }

    static String hits(Messages m, CheckpointCounts c) {
        if (c.tallies() > 0) {
            return c.hitsConfirmed() > 0 ? m.get("checkview.hitsFull", c.hits(), c.hitsConfirmed(), c.talliedHits())
                    : counted(m, c.hits(), c.talliedHits(), true);
        }
        return c.hitsConfirmed() > 0 ? m.get("checkview.hitsConfirmed", c.hits(), c.hitsConfirmed()) : m.number(c.hits());
    }
}
