package org.vigia.service.site;

import static org.vigia.db.schema.Tables.SITE;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.vigia.model.Limits;
import org.vigia.model.Site;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/** The local field office: set up once, then the author and prefix of everything written here. */
public final class SiteService {
    /** Country code, a dash and 2 to 8 letters or digits, e.g. CO-BOG. */
    public static final Pattern OFFICE_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,8}");

    private final ServiceContext ctx;
    private final AuditService audit;

    public SiteService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
    }

    /** Loads the local office, if set up, and works for it. */
    public Optional<Site> loadLocal() {
        Optional<Site> site = ctx.dsl().selectFrom(SITE)
                .where(SITE.IS_LOCAL.isTrue().and(SITE.DELETED_AT.isNull()))
                .fetchOptional(r -> new Site(r.getId(), r.getName(), r.getCountry(),
                        r.getOfficeCode(), r.getOperatorName()));
        site.ifPresent(s -> ctx.useSite(s.id()));
        return site;
    }

    /** Checks the fields of a new office without touching any database. */
    public static void validate(String name, String country, String officeCode, String operator) {
        String code = officeCode == null ? null : officeCode.strip().toUpperCase(Locale.ROOT);
        String cc = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        Checks checks = new Checks()
                .requiredLine("officeName", name, Limits.OFFICE_NAME)
                .requiredCountry("country", cc)
                .requiredLine("officeCode", code, Limits.OFFICE_CODE)
                .pattern("officeCode", code, OFFICE_CODE, "CO-BOG")
                .requiredLine("operator", operator, Limits.PERSON_NAME);
        if (checks.ok("officeCode") && checks.ok("country") && !code.startsWith(cc + "-")) {
            checks.add("officeCode", "validation.officeCodeCountry", cc);
        }
        checks.throwIfAny();
    }

    /** Creates the local office. Fails if one is already set up. */
    public Site setUp(String name, String country, String officeCode, String operator) {
        validate(name, country, officeCode, operator);
        String code = officeCode.strip().toUpperCase(Locale.ROOT);
        String cc = country.strip().toUpperCase(Locale.ROOT);
        UUID id = Ids.next();
        Site site = new Site(id, name.strip(), cc, code, operator.strip());
        ctx.dsl().transaction(cfg -> {
            var tx = cfg.dsl();
            if (tx.fetchExists(SITE, SITE.IS_LOCAL.isTrue())) {
                throw new VigiaException("error.site.alreadySetUp");
            }
            var now = ctx.nowUtc();
            tx.insertInto(SITE)
                    .set(SITE.ID, id).set(SITE.SITE_ID, id).set(SITE.VERSION, 0)
                    .set(SITE.CREATED_AT, now).set(SITE.CREATED_BY, site.operatorName())
                    .set(SITE.UPDATED_AT, now).set(SITE.UPDATED_BY, site.operatorName())
                    .set(SITE.NAME, site.name()).set(SITE.COUNTRY, cc).set(SITE.OFFICE_CODE, code)
                    .set(SITE.IS_LOCAL, true).set(SITE.OPERATOR_NAME, site.operatorName())
                    .execute();
            audit.append(tx, "SITE_SETUP", "site", id, site.operatorName(), "office " + code + " set up");
        });
        ctx.useSite(id);
        return site;
    }
}
