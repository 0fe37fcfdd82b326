package org.vigia.service.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.db.schema.tables.records.CaseFileRecord;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.service.TextNorm;

/** Mapping between case records and the model, and the normalised columns kept in step. */
final class CaseRecords {
    private CaseRecords() {
    }

    static CaseFile toModel(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getVersion(), r.getCaseNumber(), r.getTitle(),
                r.getOperationId(), offences(r.getOffences()), CaseStatus.valueOf(r.getStatus()),
                r.getLeadInvestigator(), r.getOpenedOn(), r.getCountry(), nz(r.getLocality()),
                nz(r.getNarrative()), nz(r.getTraffickingAct()), nz(r.getTraffickingMeans()),
                nz(r.getTraffickingPurpose()), r.getUpdatedAt().toInstant(), r.getUpdatedBy());
    }

    static Set<OffenceType> offences(String[] names) {
        if (names == null || names.length == 0) {
            return Set.of();
        }
        return Arrays.stream(names).map(OffenceType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OffenceType.class)));
    }

    static void fill(CaseFileRecord r, CaseFile c, String number) {
        r.setCaseNumber(number);
        r.setCaseNumberNorm(numberKey(number));
        r.setTitle(c.title());
        r.setOperationId(c.operationId());
        r.setOffences(c.offences().stream().sorted().map(Enum::name).toArray(String[]::new));
        r.setOffenceMask(OffenceType.mask(c.offences()));
        r.setStatus(c.status().name());
        r.setLeadInvestigator(c.leadInvestigator());
        r.setOpenedOn(c.openedOn());
        r.setCountry(c.country());
        r.setLocality(blankToNull(c.locality()));
        r.setNarrative(blankToNull(c.narrative()));
        r.setTraffickingAct(blankToNull(c.act()));
        r.setTraffickingMeans(blankToNull(c.means()));
        r.setTraffickingPurpose(blankToNull(c.purpose()));
        r.setSearchText(searchText(number, c.title(), c.locality()));
    }

    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("(.+-\\d{4}-)0*(\\d{1,9})");

    /**
     * The key that makes case numbers unique and sorted: folded, and a number in the pattern
     * OFFICE-YEAR-N has N zero-padded to five digits, so CO-BOG-2026-7 and CO-BOG-2026-00007 are
     * the same number and 00010 sorts after 00009.
     */
    static String numberKey(String number) {
        String folded = TextNorm.fold(number);
        java.util.regex.Matcher m = COUNTED.matcher(folded);
        return m.matches() ? m.group(1) + "0".repeat(Math.max(0, 5 - m.group(2).length())) + m.group(2) : folded;
    }

    static String searchText(String number, String title, String locality) {
        String text = TextNorm.fold(number + " " + title + " " + (locality == null ? "" : locality));
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    /** Trims one-line fields; keeps multi-line text as typed (trailing blanks removed). */
    static CaseFile normalise(CaseFile c) {
        String country = c.country() == null ? null : c.country().strip().toUpperCase(Locale.ROOT);
        return new CaseFile(c.id(), c.version(), strip(c.number()), strip(c.title()),
                c.operationId(), c.offences(), c.status(), strip(c.leadInvestigator()),
                c.openedOn(), country, strip(c.locality()), stripTrailing(c.narrative()),
                stripTrailing(c.act()), stripTrailing(c.means()), stripTrailing(c.purpose()),
                c.updatedAt(), c.updatedBy());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String stripTrailing(String s) {
        return s == null ? null : s.stripTrailing();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
