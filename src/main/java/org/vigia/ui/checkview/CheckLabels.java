package org.vigia.ui.checkview;

import java.util.Map;
import java.util.stream.Collectors;
import org.vigia.l10n.Messages;
import org.vigia.model.HitFollowUp;
import org.vigia.model.MigrantBreakdown;

/**
 * The labels of the checkpoint codes the view shows (transit point type, check result and action,
 * hit follow-up), under the label keys of the checkpoints area's enums (model.TransitPointType,
 * CheckResult, CheckAction: "checkpoint.pointType." ...); a code with no label shows as stored.
 */
public final class CheckLabels {
    private final Messages m;

    public CheckLabels(Messages m) {
        this.m = m;
    }

    public String pointType(String code) {
        return code("checkpoint.pointType.", code);
    }

    public String result(String code) {
        return code("checkpoint.result.", code);
    }

    public String action(String code) {
        return code("checkpoint.action.", code);
    }

    public String followUp(HitFollowUp state) {
        return state == null ? m.get("common.all") : m.get("checkview.followUp." + state.name());
    }

    /** "Female 2 · Male 1" style text of counts by code; {@code prefix} names the label keys, "" shows codes. */
    public String counts(Map<String, Long> byCode, java.util.function.Function<String, String> label) {
        return byCode.entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? m.get("checkview.notRecorded") : label.apply(e.getKey())) + " "
                        + m.number(e.getValue()))
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** The irregular migrants of a scope in one line: by nationality; by sex; minors. */
    public String migrants(MigrantBreakdown b) {
        if (b.total() == 0) {
            return "";
        }
        return m.get("checkview.migrants.line", counts(b.byNationality(), c -> c),
                counts(b.bySex(), c -> m.has("gender." + c) ? m.get("gender." + c) : c), b.minors(), b.minorUnknown());
    }

    private String code(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return m.has(prefix + code) ? m.get(prefix + code) : code;
    }
}
