package org.vigia.service.bench;

import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;
import static org.vigia.db.schema.Tables.PERSON_NAME_KEY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;
import org.vigia.service.persons.PersonKeys;
import org.vigia.service.persons.PersonService;

/**
 * Fills a scratch database with generated persons and measures the ranked match list shown while
 * a name is typed: p50 and p95 of 100 lookups of names typed with the usual variations (accents
 * dropped, Y for J, Z for S, a missing second family name).
 */
public final class PeopleBenchmark {
    static final String[] GIVEN = {"María", "José", "Juan", "Ana", "Luis", "Carlos", "Yuliana", "Rosa",
        "Jorge", "Carmen", "Pedro", "Lucía", "Andrés", "Sofía", "Miguel", "Isabel", "Diego", "Valentina", "Jesús",
        "Camila", "Fernando", "Daniela", "Ricardo", "Gabriela", "Alejandro", "Paola", "Héctor", "Mariana", "Raúl",
        "Natalia", "Óscar", "Elena", "Iván", "Beatriz", "Tomás", "Patricia", "Julio", "Verónica", "Samuel", "Adriana",
        "Wilson", "Yesenia", "Edwin", "Leidy", "Jhon", "Yurani", "Brayan", "Dayana", "Kevin", "Tatiana"};
    static final String[] FAMILY = {"García", "Rodríguez", "Martínez", "Hernández", "López", "González",
        "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Ortiz",
        "Gutiérrez", "Chávez", "Ramos", "Vargas", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina",
        "Aguilar", "Vásquez", "Castro", "Quispe", "Mamani", "Huamán", "Beltrán", "Peña", "Rojas", "Silva", "Suárez",
        "Mendoza", "Salazar", "Cárdenas", "Ríos", "Navarro", "Cortés", "Guerrero", "Paredes", "Zambrano", "Villalba",
        "Ospina", "Restrepo", "Arango", "Cifuentes", "Londoño", "Betancur", "Giraldo", "Montoya", "Valencia", "Bedoya",
        "Osorio", "Zapata"};
    static final String[] COUNTRIES = {"CO", "VE", "PE", "EC", "BO", "HT", "DO", "CU", "BR", "GY"};
    private static final int BATCH = 5_000;

    /** Figures of the match lookups on a filled database. */
    public record Result(long persons, double matchP50, double matchP95, double meanMatches, long heapUsedBytes) {
    }

    private final ServiceContext ctx;
    private final PersonService persons;

    public PeopleBenchmark(ServiceContext ctx, PersonService persons) {
        this.ctx = ctx;
        this.persons = persons;
    }

    /** Adds {@code count} generated persons (one passport each); returns the time taken in ms. */
    public long fill(int count, LongConsumer progress) {
        long t0 = System.nanoTime();
        Random r = new Random(42);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID site = ctx.siteId();
        DSLContext dsl = ctx.dsl();
        for (int start = 0; start < count; start += BATCH) {
            int end = Math.min(count, start + BATCH);
            int from = start;
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                BatchBindStep people = tx.batch(tx.insertInto(PERSON, PERSON.ID, PERSON.SITE_ID, PERSON.VERSION,
                        PERSON.CREATED_AT, PERSON.CREATED_BY, PERSON.UPDATED_AT, PERSON.UPDATED_BY, PERSON.GIVEN_NAMES,
                        PERSON.FAMILY_NAMES, PERSON.GENDER, PERSON.BIRTH_DATE, PERSON.BIRTH_DATE_ESTIMATED,
                        PERSON.CITIZENSHIPS, PERSON.NAME_NORM, PERSON.BIRTH_YEAR)
                        .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
                BatchBindStep docs = tx.batch(tx.insertInto(PERSON_DOCUMENT, PERSON_DOCUMENT.ID, PERSON_DOCUMENT.SITE_ID,
                        PERSON_DOCUMENT.VERSION, PERSON_DOCUMENT.CREATED_AT, PERSON_DOCUMENT.CREATED_BY,
                        PERSON_DOCUMENT.UPDATED_AT, PERSON_DOCUMENT.UPDATED_BY, PERSON_DOCUMENT.PERSON_ID,
                        PERSON_DOCUMENT.DOC_TYPE, PERSON_DOCUMENT.NUMBER, PERSON_DOCUMENT.NUMBER_NORM,
                        PERSON_DOCUMENT.ISSUING_COUNTRY)
                        .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null));
                BatchBindStep keys = tx.batch(tx.insertInto(PERSON_NAME_KEY, PERSON_NAME_KEY.NAME_KEY,
                        PERSON_NAME_KEY.PERSON_ID, PERSON_NAME_KEY.BIRTH_YEAR).values((String) null, null, null));
                var pairTable = org.vigia.db.schema.Tables.PERSON_NAME_PAIR;
                BatchBindStep pairs = tx.batch(tx.insertInto(pairTable, pairTable.PAIR_KEY, pairTable.PERSON_ID)
                        .values((String) null, null));
                for (int i = from; i < end; i++) {
                    UUID id = Ids.next();
                    String given = GIVEN[r.nextInt(GIVEN.length)] + (r.nextInt(3) == 0 ? " " + GIVEN[r.nextInt(GIVEN.length)] : "");
                    String family = FAMILY[r.nextInt(FAMILY.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
                    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
                    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
                    String number = country + String.format("%08d", i);
                    people.bind(id, site, 0, now, "bench", now, "bench", given, family,
                            (r.nextBoolean() ? Gender.Feminine : Gender.Masculine).name(), born, false,
                            new String[] {country}, PersonKeys.nameNorm(given, family), born.getYear());
                    docs.bind(Ids.next(), site, 0, now, "bench", now, "bench", id, DocumentType.Passport.name(),
                            number, PersonKeys.documentNorm(number), country);
                    for (String key : PersonKeys.phonetic(List.of(given, family))) {
                        keys.bind(key, id, born.getYear());
                    }
                    for (String pair : PersonKeys.pairs(given, family)) {
                        pairs.bind(pair, id);
                    }
                }
                people.execute();
                docs.execute();
                keys.execute();
                pairs.execute();
            });
            progress.accept(end);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** 100 match lookups of names typed with variations. */
    public Result measure(long count) {
        Random r = new Random(7);
        double[] times = new double[100];
        long found = 0;
        for (int i = 0; i < 100; i++) {
            String given = vary(GIVEN[r.nextInt(GIVEN.length)], r);
            String family = vary(FAMILY[r.nextInt(FAMILY.length)], r) + (r.nextBoolean() ? " " + vary(FAMILY[r.nextInt(FAMILY.length)], r) : "");
            Person typed = new Person(null, 0, given, family, List.of(), null,
                    r.nextBoolean() ? LocalDate.of(1950 + r.nextInt(60), 1 + r.nextInt(12), 1) : null, true, null, null,
                    List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), List.of(),
                    r.nextInt(4) == 0 ? List.of(new IdentityDocument(null, DocumentType.Passport,
                            COUNTRIES[r.nextInt(COUNTRIES.length)] + String.format("%08d", r.nextInt((int) Math.max(1, count))), null, null))
                            : List.of(), null, null);
            long t0 = System.nanoTime();
            found += persons.matches(typed, 10).size();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Result(count, times[49], times[94], found / 100.0, rt.totalMemory() - rt.freeMemory());
    }

    /** A name as someone might type it: accents dropped, J as Y, S as Z, sometimes. */
    private static String vary(String name, Random r) {
        String s = r.nextBoolean() ? org.vigia.service.TextNorm.fold(name).toLowerCase(java.util.Locale.ROOT) : name;
        if (r.nextInt(4) == 0) {
            s = s.replace('J', 'Y').replace('j', 'y');
        }
        if (r.nextInt(4) == 0) {
            s = s.replace('s', 'z');
        }
        return s;
    }
}
