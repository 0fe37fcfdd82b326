package org.vigia.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.vigia.db.DataFolder;
import org.vigia.db.Database;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.AccountService;
import org.vigia.service.access.Keyring;
import org.vigia.service.audit.AuditService;
import org.vigia.service.bench.CaseBenchmark;
import org.vigia.service.cases.CaseService;
import org.vigia.service.demo.DemoService;
import org.vigia.service.operations.OperationService;
import org.vigia.service.site.SiteService;

/** The one place that wires the services of one open database together. */
public final class AppServices implements AutoCloseable {
    private final Database database;
    private final ServiceContext context;
    private final AuditService audit;
    private final SiteService sites;
    private final OperationService operations;
    private final CaseService cases;
    private final DemoService demo;
    private final AccountService accounts;
    private final org.vigia.service.persons.PersonService persons;
    private final org.vigia.service.persons.PersonMergeService merges;
    private final org.vigia.service.persons.IdentityService identity;
    private final org.vigia.service.roles.RoleService roles;
    private final org.vigia.service.roles.JourneyService journeys;
    private final org.vigia.service.evidence.SeizureService seizures;
    private final org.vigia.service.imports.ImportService imports;
    private final org.vigia.service.protection.ProtectionService protection;
    private final org.vigia.service.protection.ProtectionBoard protectionBoard;
    private final org.vigia.service.care.CareServices care;
    private final org.vigia.service.checkview.CheckpointFigures checkpointFigures;
    private final org.vigia.service.checkview.CheckToCase checkToCase;
    private final org.vigia.service.checkpoints.TransitPointService transitPoints;
    private final org.vigia.service.checkpoints.ControlService controls;
    private final org.vigia.service.checkpoints.CheckService checks;
    private final org.vigia.service.checkpoints.TallyService tallies;
    private final org.vigia.service.watchlists.WatchListService watchLists;

    /** The services of an open database whose key slots are {@code keyring}. */
    public AppServices(Database database, Clock clock, Keyring keyring) {
        this.database = database;
        this.context = new ServiceContext(database.dsl(), clock);
        this.audit = new AuditService(context);
        this.accounts = new AccountService(context, audit, audit.access(), keyring);
        this.persons = new org.vigia.service.persons.PersonService(context, audit);
        this.identity = new org.vigia.service.persons.IdentityService(context, audit);
        this.roles = new org.vigia.service.roles.RoleService(context, audit);
        this.journeys = new org.vigia.service.roles.JourneyService(context, audit);
        this.merges = new org.vigia.service.persons.PersonMergeService(context, audit)
                .refersToPersons(org.vigia.db.schema.Tables.CASE_ROLE, org.vigia.db.schema.Tables.CASE_ROLE.ID,
                        org.vigia.db.schema.Tables.CASE_ROLE.PERSON_ID)
                .refersToPersons(org.vigia.db.schema.Tables.JOURNEY_LEG, org.vigia.db.schema.Tables.JOURNEY_LEG.ID,
                        org.vigia.db.schema.Tables.JOURNEY_LEG.PERSON_ID)
                .refersToPersons(org.vigia.db.schema.Tables.SEIZURE, org.vigia.db.schema.Tables.SEIZURE.ID,
                        org.vigia.db.schema.Tables.SEIZURE.SEIZED_FROM_PERSON_ID);
        this.sites = new SiteService(context, audit);
        this.operations = new OperationService(context, audit);
        this.cases = new CaseService(context, audit);
        this.seizures = new org.vigia.service.evidence.SeizureService(context, audit);
        this.protection = new org.vigia.service.protection.ProtectionService(context, audit);
        this.protectionBoard = new org.vigia.service.protection.ProtectionBoard(context, audit.access());
        this.care = new org.vigia.service.care.CareServices(context, audit);
        this.imports = new org.vigia.service.imports.ImportService(context, audit);
        this.checkpointFigures = new org.vigia.service.checkview.CheckpointFigures(context, audit);
        this.checkToCase = new org.vigia.service.checkview.CheckToCase(context, audit, persons, cases, roles);
        this.transitPoints = new org.vigia.service.checkpoints.TransitPointService(context, audit);
        this.controls = new org.vigia.service.checkpoints.ControlService(context, audit);
        this.watchLists = new org.vigia.service.watchlists.WatchListService(context, audit);
        this.checks = new org.vigia.service.checkpoints.CheckService(context, audit, watchLists.matcher());
        this.tallies = new org.vigia.service.checkpoints.TallyService(context, audit);
        this.demo = new DemoService(context, sites, operations, cases, persons, roles, seizures, protection, care,
                new org.vigia.service.demo.DemoCheckpoints(transitPoints, controls, checks, tallies, watchLists));
        try {
            sites.loadLocal();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens (creating if absent) a scratch database for benchmarks: encrypted like a real one,
     * with its random key kept beside it in bench.key (scratch data only), and a bench account
     * with every role signed in.
     */
    public static AppServices scratch(Path folder) {
        Path keyFile = folder.resolve("bench.key");
        byte[] key;
        try {
            java.nio.file.Files.createDirectories(folder);
            if (java.nio.file.Files.isRegularFile(keyFile)) {
                key = java.util.HexFormat.of().parseHex(java.nio.file.Files.readString(keyFile).strip());
            } else {
                key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                java.nio.file.Files.writeString(keyFile, java.util.HexFormat.of().formatHex(key));
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new org.vigia.model.VigiaException("error.db.folder", folder.toString());
        }
        AppServices services = new AppServices(Database.open(folder, key), Clock.systemDefaultZone(),
                org.vigia.service.access.Keyrings.none());
        services.context().signIn(new org.vigia.model.Account(new java.util.UUID(0, 1), 0, "bench", "Bench",
                java.util.EnumSet.allOf(org.vigia.model.Role.class), java.time.Instant.now(), "bench"));
        return services;
    }

    public Database database() {
        return database;
    }

    /** The data folder of the open database, or null for an in-memory one. */
    public Path folder() {
        return database.folder();
    }

    /** The data folder when none is named on a command line: VIGIA_HOME, else ~/.vigia. */
    public static Path defaultFolder(Map<String, String> env) {
        return DataFolder.resolve(null, env);
    }

    public ServiceContext context() {
        return context;
    }

    public AuditService audit() {
        return audit;
    }

    public SiteService sites() {
        return sites;
    }

    public OperationService operations() {
        return operations;
    }

    public CaseService cases() {
        return cases;
    }

    public org.vigia.service.persons.PersonService persons() {
        return persons;
    }

    /** CSV imports (the kinds come from their services: {@code cases().importKind()}, {@code roles().importKind()} for people). */
    public org.vigia.service.imports.ImportService imports() {
        return imports;
    }

    /** Offline watch lists: imports, versions, late hits; {@code watchLists().matcher()} matches checks. */
    public org.vigia.service.watchlists.WatchListService watchLists() {
        return watchLists;
    }

    public org.vigia.service.persons.PersonMergeService merges() {
        return merges;
    }

    /** Victims' hidden identities and revealing them. */
    public org.vigia.service.persons.IdentityService identity() {
        return identity;
    }

    /** Persons' roles in cases and their classification history. */
    public org.vigia.service.roles.RoleService roles() {
        return roles;
    }

    /** Persons' journeys in cases. */
    public org.vigia.service.roles.JourneyService journeys() {
        return journeys;
    }

    public org.vigia.service.evidence.SeizureService seizures() {
        return seizures;
    }

    /** The border checkpoints figures, the checks of a control and the watch-list hits' follow-up. */
    public org.vigia.service.checkview.CheckpointFigures checkpointFigures() {
        return checkpointFigures;
    }

    /** From a check to a case (person, case and role link in one transaction). */
    public org.vigia.service.checkview.CheckToCase checkToCase() {
        return checkToCase;
    }

    /** Transit points (airports, river posts, night clubs...). */
    public org.vigia.service.checkpoints.TransitPointService transitPoints() {
        return transitPoints;
    }

    /** Checkpoint controls: an operation's shift at a transit point. */
    public org.vigia.service.checkpoints.ControlService controls() {
        return controls;
    }

    /** The checks of controls (and their CSV import: {@code checks().importKind()}). */
    public org.vigia.service.checkpoints.CheckService checks() {
        return checks;
    }

    /** High-volume tallies of controls, kept apart from checks. */
    public org.vigia.service.checkpoints.TallyService tallies() {
        return tallies;
    }

    public AccountService accounts() {
        return accounts;
    }

    /** Victims' protection: status history, follow-up, guardian. */
    public org.vigia.service.protection.ProtectionService protection() {
        return protection;
    }

    /** Victims' care: referrals to services, support plan, consent. */
    public org.vigia.service.care.CareServices care() {
        return care;
    }

    /** The victim protection view's queries (pages and counts). */
    public org.vigia.service.protection.ProtectionBoard protectionBoard() {
        return protectionBoard;
    }

    public DemoService demo() {
        return demo;
    }

    public org.vigia.service.bench.PeopleBenchmark peopleBenchmark() {
        return new org.vigia.service.bench.PeopleBenchmark(context, persons);
    }

    public org.vigia.service.bench.ImportBenchmark importBenchmark() {
        return new org.vigia.service.bench.ImportBenchmark(operations, cases, imports, roles);
    }

    public CaseBenchmark caseBenchmark() {
        return new CaseBenchmark(context, operations, cases);
    }

    @Override
    public void close() {
        database.close();
    }
}
