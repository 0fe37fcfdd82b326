package org.vigia.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.vigia.db.DataFolder;
import org.vigia.db.Database;
import org.vigia.service.ServiceContext;
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

    public AppServices(Database database, Clock clock) {
        this.database = database;
        this.context = new ServiceContext(database.dsl(), clock);
        this.audit = new AuditService(context);
        this.sites = new SiteService(context, audit);
        this.operations = new OperationService(context, audit);
        this.cases = new CaseService(context, audit);
        this.demo = new DemoService(context, sites, operations, cases);
        try {
            sites.loadLocal();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens the database of a data folder that already has one (read-only commands). */
    public static AppServices openExisting(Path folder) {
        return new AppServices(Database.openExisting(folder), Clock.systemDefaultZone());
    }

    /** Opens the database of a data folder, migrates it and loads the local office. */
    public static AppServices open(Path folder) {
        return new AppServices(Database.open(folder), Clock.systemDefaultZone());
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

    public DemoService demo() {
        return demo;
    }

    public CaseBenchmark caseBenchmark() {
        return new CaseBenchmark(context, operations, cases);
    }

    @Override
    public void close() {
        database.close();
    }
}
