package org.vigia.service.watchlists;

import java.util.List;
import org.vigia.model.WatchListKind;

/**
 * The names of a list file (docs/watchlist-csv.md): the keys of its header block and the columns
 * of each kind of list.
 */
final class ListFormat {
    static final String LIST = "list";
    static final String KIND = "kind";
    static final String VERSION = "version";
    static final String DATE = "date";
    static final String SOURCE = "source";
    static final List<String> HEADER_KEYS = List.of(LIST, KIND, VERSION, DATE, SOURCE);

    static final String FAMILY_NAMES = "family_names";
    static final String GIVEN_NAMES = "given_names";
    static final String BIRTH_DATE = "birth_date";
    static final String NATIONALITY = "nationality";
    static final String NOTICE_TYPE = "notice_type";
    static final String NOTICE_REF = "notice_ref";

    static final String NUMBER = "number";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String REPORTED_AS = "reported_as";

    /** What a document list may say happened to a document (stored as written here). */
    static final List<String> REPORTED = List.of("STOLEN", "LOST", "REVOKED", "INVALIDATED");

    static final int NAME_MAX = 100;
    static final int LIST_NAME_MAX = 200;
    static final int SOURCE_MAX = 200;
    static final int VERSION_MAX = 40;
    static final int NOTICE_TYPE_MAX = 30;
    static final int NOTICE_REF_MAX = 60;
    static final int NUMBER_MAX = 40;

    private ListFormat() {
    }

    static List<String> required(WatchListKind kind) {
        return kind == WatchListKind.PERSONS ? List.of(FAMILY_NAMES) : List.of(NUMBER, TYPE, COUNTRY);
    }

    static List<String> columns(WatchListKind kind) {
        return kind == WatchListKind.PERSONS
                ? List.of(FAMILY_NAMES, GIVEN_NAMES, BIRTH_DATE, NATIONALITY, NOTICE_TYPE, NOTICE_REF)
                : List.of(NUMBER, TYPE, COUNTRY, REPORTED_AS);
    }
}
