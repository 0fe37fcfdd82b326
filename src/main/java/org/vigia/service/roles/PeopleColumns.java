package org.vigia.service.roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseRole;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.DocumentType;
import org.vigia.model.ExploitationType;
import org.vigia.model.FieldError;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.LabourIndustry;
import org.vigia.model.MigrantDetails;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.Person;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickerRelationship;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;
import org.vigia.service.imports.ImportRow;

/**
 * The columns of the people file (docs/import-csv.md, "People file") and how a row's text
 * becomes a person and a role: formats (dates, numbers, yes/no, codes, '|' lists) are checked
 * here, each error named by its column; the editor's rules come after, in {@link PeopleImport}.
 */
final class PeopleColumns {
    static final String PERSON_REF = "person_ref";
    static final String CASE = "case";
    static final String ROLE = "role";
    static final String MINOR = "minor";
    static final List<String> PERSON = List.of("family_names", "given_names", "aliases", "gender", "birth_date",
            "birth_date_estimated", "age_years", "age_on", "citizenships", "languages", "document_type",
            "document_number", "document_country", "document_expires", "contact", "notes");
    static final List<String> SUSPECT = List.of("arrest_status", "arrested_on", "arrest_country", "arrest_locality",
            "charges", "process_roles", "criminal_group", "notice", "notice_reference", "wanted_by");
    static final List<String> VICTIM = List.of("trafficking_status", "status_decided_by", "status_decided_on",
            "trafficker_relationship", "age_trafficked", "recruitment", "recruitment_platforms", "control",
            "exploitation", "labour_industry", "sexual_exploitation", "identified_by", "identified_at", "identified_on");
    static final List<String> MIGRANT = List.of("detected_country", "detected_place", "detected_on", "fee_amount",
            "fee_currency", "destination_country");
    static final List<String> REQUIRED = List.of(PERSON_REF);
    static final List<String> OPTIONAL;

    static {
        List<String> all = new ArrayList<>(PERSON);
        all.addAll(List.of(CASE, ROLE, "role_note", MINOR));
        all.addAll(SUSPECT);
        all.addAll(VICTIM);
        all.addAll(MIGRANT);
        OPTIONAL = List.copyOf(all);
    }

    /** The model's field names (in validation errors) and the columns they come from. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("familyNames", "family_names"),
            Map.entry("givenNames", "given_names"), Map.entry("birthDate", "birth_date"),
            Map.entry("ageYears", "age_years"), Map.entry("ageOn", "age_on"), Map.entry("documents", "document_number"),
            Map.entry("caseId", CASE), Map.entry("personId", PERSON_REF), Map.entry("note", "role_note"),
            Map.entry("arrestStatus", "arrest_status"), Map.entry("arrestedOn", "arrested_on"),
            Map.entry("arrestCountry", "arrest_country"), Map.entry("arrestLocality", "arrest_locality"),
            Map.entry("criminalGroup", "criminal_group"), Map.entry("noticeReference", "notice_reference"),
            Map.entry("wantedBy", "wanted_by"), Map.entry("traffickingStatus", "trafficking_status"),
            Map.entry("decidedBy", "status_decided_by"), Map.entry("decidedOn", "status_decided_on"),
            Map.entry("ageWhenTrafficked", "age_trafficked"), Map.entry("recruitmentPlatforms", "recruitment_platforms"),
            Map.entry("identifiedBy", "identified_by"), Map.entry("identifiedAt", "identified_at"),
            Map.entry("identifiedOn", "identified_on"), Map.entry("detectedCountry", "detected_country"),
            Map.entry("detectedPlace", "detected_place"), Map.entry("detectedOn", "detected_on"),
            Map.entry("feeAmount", "fee_amount"), Map.entry("feeCurrency", "fee_currency"),
            Map.entry("destinationCountry", "destination_country"));

    private final ImportRow row;
    final List<FieldError> errors = new ArrayList<>();

    PeopleColumns(ImportRow row) {
        this.row = row;
    }

    static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    /** The person columns as written (stripped; blank ones empty), to compare rows of one person. */
    Map<String, String> personValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String c : PERSON) {
            values.put(c, row.blank(c) ? "" : row.get(c));
        }
        return values;
    }

    boolean anyGiven(List<String> columns) {
        return columns.stream().anyMatch(c -> !row.blank(c));
    }

    /** The person of the row (not yet normalised nor checked by the editor's rules). */
    Person person() {
        List<IdentityDocument> docs = new ArrayList<>();
        if (anyGiven(List.of("document_type", "document_number", "document_country", "document_expires"))) {
            DocumentType type = code("document_type", DocumentType.class);
            if (row.blank("document_type")) {
                errors.add(FieldError.of("document_type", "validation.required"));
            }
            docs.add(new IdentityDocument(null, type, text("document_number"), text("document_country"),
                    date("document_expires")));
        }
        String given = row.blank("given_names") ? "" : row.get("given_names");
        String family = row.blank("family_names") ? "" : row.get("family_names");
        return new Person(null, 0, given, family, list("aliases"), code("gender", Gender.class), date("birth_date"),
                bool("birth_date_estimated", "true", "false"), integer("age_years"), date("age_on"),
                list("citizenships"), list("languages"), docs, raw("contact"), raw("notes"));
    }

    CaseRole role() {
        return code(ROLE, CaseRole.class);
    }

    SuspectDetails suspect(CaseRole role) {
        if (role != CaseRole.SUSPECT && !anyGiven(SUSPECT)) {
            return null;
        }
        return new SuspectDetails(code("arrest_status", ArrestStatus.class), date("arrested_on"), text("arrest_country"),
                text("arrest_locality"), codes("charges", OffenceType.class), codes("process_roles", PerpetratorRole.class),
                text("criminal_group"), code("notice", NoticeColour.class), text("notice_reference"), text("wanted_by"));
    }

    VictimDetails victim(CaseRole role) {
        if (role != CaseRole.VICTIM && !anyGiven(VICTIM)) {
            return null;
        }
        return new VictimDetails(code("trafficking_status", TraffickingStatus.class),
                code("status_decided_by", DecidingOrganization.class), date("status_decided_on"),
                code("trafficker_relationship", TraffickerRelationship.class), integer("age_trafficked"),
                codes("recruitment", RecruitmentMethod.class), raw("recruitment_platforms"),
                codes("control", ControlMethod.class), codes("exploitation", ExploitationType.class),
                code("labour_industry", LabourIndustry.class), code("sexual_exploitation", SexualExploitationType.class),
                text("identified_by"), text("identified_at"), date("identified_on"));
    }

    MigrantDetails migrant(CaseRole role) {
        if (role != CaseRole.SMUGGLED_MIGRANT && !anyGiven(MIGRANT)) {
            return null;
        }
        return new MigrantDetails(text("detected_country"), text("detected_place"), date("detected_on"),
                decimal("fee_amount"), text("fee_currency"), text("destination_country"));
    }

    /** The {@code minor} column: yes, no, or null when blank. */
    Boolean minor() {
        return row.blank(MINOR) ? null : bool(MINOR, "yes", "no");
    }

    String text(String column) {
        return row.blank(column) ? null : row.get(column);
    }

    private String raw(String column) {
        return row.blank(column) ? null : row.raw(column);
    }

    private List<String> list(String column) {
        if (row.blank(column)) {
            return List.of();
        }
        return Arrays.stream(row.get(column).split("\\|", -1)).map(String::strip).toList();
    }

    private LocalDate date(String column) {
        if (row.blank(column)) {
            return null;
        }
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(column, "validation.badDate", "2026-03-01"));
            return null;
        }
    }

    private Integer integer(String column) {
        if (row.blank(column)) {
            return null;
        }
        try {
            return Integer.valueOf(row.get(column));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(column, "error.import.people.notAWholeNumber", row.get(column)));
            return null;
        }
    }

    private BigDecimal decimal(String column) {
        if (row.blank(column)) {
            return null;
        }
        try {
            return new BigDecimal(row.get(column));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(column, "error.import.people.notANumber", row.get(column)));
            return null;
        }
    }

    private boolean bool(String column, String yes, String no) {
        if (row.blank(column)) {
            return false;
        }
        String v = row.get(column).toLowerCase(Locale.ROOT);
        if (!v.equals(yes) && !v.equals(no)) {
            errors.add(FieldError.of(column, "error.import.people.twoValues", row.get(column), yes, no));
        }
        return v.equals(yes);
    }

    private <E extends Enum<E>> E code(String column, Class<E> type) {
        Set<E> found = codes(column, type);
        if (found.size() > 1) {
            errors.add(FieldError.of(column, "error.import.row.oneCode"));
        }
        return found.isEmpty() ? null : found.iterator().next();
    }

    /** Codes separated by '|', each the exact stored code (DOMAIN.md section 4); unknown ones listed with the allowed. */
    private <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        for (String code : list(column)) {
            if (code.isEmpty()) {
                continue;
            }
            try {
                found.addAll(RoleCodes.parseAll(column, type, List.of(code)));
            } catch (org.vigia.model.ValidationException e) {
                errors.add(FieldError.of(column, "error.import.row.unknownCode", code,
                        String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList())));
                return found;
            }
        }
        return found;
    }
}
