package org.vigia.service.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.vigia.model.CheckSubject;
import org.vigia.model.DocumentType;

/**
 * Generated watch-list files for the benchmark. Entry {@code i} is the same in every version (a
 * person with names, birth date, nationality and notice; a document with number, type and
 * country), so a later version holds the earlier entries plus new ones.
 */
final class WatchListFiles {
    private static final DocumentType[] TYPES = {DocumentType.Passport, DocumentType.Passport, DocumentType.NationalId,
        DocumentType.Visa};
    private static final String[] REPORTED = {"STOLEN", "LOST"};

    /** One listed person. */
    record Person(String given, String family, LocalDate born, String nationality, String ref) {
    }

    /** One listed document. */
    record Document(String number, DocumentType type, String country, String reported) {
    }

    private WatchListFiles() {
    }

    static Person person(long i) {
        Random r = new Random(0x5eed_0000L + i);
        String given = PeopleBenchmark.GIVEN[r.nextInt(PeopleBenchmark.GIVEN.length)]
                + (r.nextInt(3) == 0 ? " " + PeopleBenchmark.GIVEN[r.nextInt(PeopleBenchmark.GIVEN.length)] : "");
        String family = PeopleBenchmark.FAMILY[r.nextInt(PeopleBenchmark.FAMILY.length)] + " "
                + PeopleBenchmark.FAMILY[r.nextInt(PeopleBenchmark.FAMILY.length)];
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
        return new Person(given, family, born, PeopleBenchmark.COUNTRIES[r.nextInt(PeopleBenchmark.COUNTRIES.length)],
                "A-" + i + "/2026");
    }

    static Document document(long i) {
        String country = PeopleBenchmark.COUNTRIES[(int) (i % PeopleBenchmark.COUNTRIES.length)];
        return new Document(country + String.format("%09d", i), TYPES[(int) (i / 10 % TYPES.length)], country,
                REPORTED[(int) (i % 2)]);
    }

    /** A check of listed person {@code p} and listed document {@code d}, typed without accents, in lower case. */
    static CheckSubject checkOf(Person p, Document d) {
        String given = org.vigia.service.TextNorm.fold(p.given()).toLowerCase(java.util.Locale.ROOT);
        return new CheckSubject(given, p.family(), p.born(), p.nationality(), d.number().toLowerCase(java.util.Locale.ROOT),
                d.type(), d.country());
    }

    private static final String[] OTHER_GIVEN = {"Ingrid", "Piotr", "Hiroshi", "Chidi", "Klaus", "Yusuf", "Milan",
        "Olga", "Kenji", "Greta", "Bjorn", "Wojciech"};
    private static final String[] OTHER_FAMILY = {"Andersen", "Kowalski", "Nakamura", "Okafor", "Schmidt", "Haddad",
        "Novak", "Ivanova", "Tanaka", "Lindqvist", "Szabo", "Papadopoulos"};

    /**
     * A check of a traveller whose names are outside the generated lists' names (so that a past
     * check stored without hits really had none) and of the unlisted document {@code d}.
     */
    static CheckSubject unlisted(Random r, Document d) {
        return new CheckSubject(OTHER_GIVEN[r.nextInt(OTHER_GIVEN.length)], OTHER_FAMILY[r.nextInt(OTHER_FAMILY.length)]
                + " " + OTHER_FAMILY[r.nextInt(OTHER_FAMILY.length)], LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60)),
                "PL", d.number(), d.type(), d.country());
    }

    /** Writes a persons list file of entries 0..count-1. */
    static void persons(Path file, String version, long count) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            header(w, "Bench wanted persons", "PERSONS", version);
            w.write("family_names,given_names,birth_date,nationality,notice_type,notice_ref\n");
            for (long i = 0; i < count; i++) {
                Person p = person(i);
                w.write(p.family() + "," + p.given() + "," + p.born() + "," + p.nationality() + ",Red," + p.ref() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a documents list file of entries 0..count-1. */
    static void documents(Path file, String version, long count) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            header(w, "Bench stolen and lost documents", "DOCUMENTS", version);
            w.write("number,type,country,reported_as\n");
            for (long i = 0; i < count; i++) {
                Document d = document(i);
                w.write(d.number() + "," + d.type().name() + "," + d.country() + "," + d.reported() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(BufferedWriter w, String name, String kind, String version) throws IOException {
        w.write("list," + name + "\nkind," + kind + "\nversion," + version + "\ndate,2026-03-01\nsource,Vigia benchmark\n");
    }
}
