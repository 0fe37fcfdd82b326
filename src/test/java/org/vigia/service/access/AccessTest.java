package org.vigia.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.AuditEvent;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Role;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/** Every role against every write (and the reads that need a permission), checked in the services. */
class AccessTest {
    private TestServices t;
    private CaseFile open;
    private CaseFile closed;

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        open = t.cases().create(CaseDraft.valid().title("Open case").build());
        CaseFile c = t.cases().create(CaseDraft.valid().title("Closed case").build());
        closed = t.cases().close(c.id(), c.version(), CaseStatus.Closed);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    /** Each action with the roles that may do it. */
    static Stream<Arguments> actions() {
        Set<Role> caseWriters = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
        Set<Role> readers = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.HQ_ANALYST);
        Map<String, Object[]> table = new java.util.LinkedHashMap<>();
        table.put("case create", new Object[] {caseWriters, (Consumer<AccessTest>) x -> x.t.cases().create(CaseDraft.valid().build())});
        table.put("case update", new Object[] {caseWriters, (Consumer<AccessTest>) x -> x.t.cases().update(CaseDraft.of(x.open).title("Changed").build())});
        table.put("case delete", new Object[] {caseWriters, (Consumer<AccessTest>) x -> x.t.cases().delete(x.open.id(), x.open.version())});
        table.put("case close", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.cases().close(x.open.id(), x.open.version(), CaseStatus.Closed)});
        table.put("case reopen", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.cases().reopen(x.closed.id(), x.closed.version())});
        table.put("case closed by an edit", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.cases().update(CaseDraft.of(x.open).status(CaseStatus.Closed).build())});
        table.put("operation save", new Object[] {caseWriters, (Consumer<AccessTest>) x -> x.t.operations().save(OperationDraft.valid("OP-NEW").build())});
        table.put("case list", new Object[] {readers, (Consumer<AccessTest>) x -> x.t.cases().page(CaseQuery.all(), 0, 10)});
        table.put("case read", new Object[] {readers, (Consumer<AccessTest>) x -> x.t.cases().get(x.open.id())});
        table.put("audit verify", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.audit().verify()});
        table.put("audit page", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.audit().page(0, 10)});
        table.put("account add", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().add("nuevo", "Nuevo", EnumSet.of(Role.INVESTIGATOR), TestServices.PASSWORD.toCharArray())});
        table.put("account list", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().list()});
        table.put("account update", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().update(x.ana().id(), x.ana().version(), "Ana M.", EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR))});
        table.put("account remove", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().remove(x.ana().id(), x.ana().version())});
        table.put("password reset", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().resetPassword(x.ana().id(), "Nuevo-Camino-Verde-7".toCharArray())});
        table.put("audit filtered page", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.audit().page(org.vigia.model.AuditFilter.any(java.time.ZoneOffset.UTC), 0, 10)});
        table.put("audit filtered count", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.audit().count(org.vigia.model.AuditFilter.any(java.time.ZoneOffset.UTC))});
        table.put("audit users and actions", new Object[] {EnumSet.of(Role.SUPERVISOR), (Consumer<AccessTest>) x -> x.t.audit().users()});
        table.put("operation list", new Object[] {readers, (Consumer<AccessTest>) x -> x.t.operations().list()});
        table.put("person create", new Object[] {caseWriters, (Consumer<AccessTest>) x -> x.t.app().persons().create(
                org.vigia.service.persons.PersonServiceTest.person("Ana", "Prueba", null, java.util.List.of("CO")))});
        table.put("person search", new Object[] {readers, (Consumer<AccessTest>) x -> x.t.app().persons().page("ana", 0, 10)});
        table.put("person matches", new Object[] {readers, (Consumer<AccessTest>) x -> x.t.app().persons().matches(
                org.vigia.service.persons.PersonServiceTest.person("Ana", "Prueba", null, java.util.List.of("CO")), 5)});
        table.put("idle minutes", new Object[] {EnumSet.of(Role.ADMINISTRATOR), (Consumer<AccessTest>) x -> x.t.accounts().setIdleLockMinutes(5)});
        return table.entrySet().stream().flatMap(e -> Stream.of(Role.values()).map(role -> Arguments.of(
                e.getKey(), role, ((Set<?>) e.getValue()[0]).contains(role), e.getValue()[1])));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("actions")
    void eachRoleMayOnlyWhatItsRoleAllows(String action, Role role, boolean allowed, Consumer<AccessTest> act) {
        t.signInAs("user." + role.name().toLowerCase(java.util.Locale.ROOT), role);
        long eventsBefore = t.dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT);
        DbSnapshot before = t.snapshot();
        Throwable thrown = catchThrowable(() -> act.accept(this));
        if (allowed) {
            assertThat(thrown).as(action + " as " + role).isNull();
            return;
        }
        assertThat(thrown).as(action + " as " + role).isInstanceOf(NotPermittedException.class);
        assertThat(((NotPermittedException) thrown).key()).isEqualTo("error.notPermitted");
        // nothing changed but one audit event that records the refusal
        assertThat(t.dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT)).isEqualTo(eventsBefore + 1);
        AuditEvent last = t.dsl().selectFrom(org.vigia.db.schema.Tables.AUDIT_EVENT)
                .orderBy(org.vigia.db.schema.Tables.AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchOne(r -> new AuditEvent(r.getSeq(), r.getEventId(), r.getSiteId(), r.getOccurredAt().toInstant(),
                        r.getUserName(), r.getAction(), r.getEntityType(), r.getEntityId(), r.getSummary(),
                        r.getPrevHash(), r.getHash()));
        assertThat(last.action()).isEqualTo(Access.DENIED);
        assertThat(last.user()).isEqualTo("user." + role.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(without(t.snapshot(), "AUDIT_EVENT")).isEqualTo(without(before, "AUDIT_EVENT"));
    }

    @Test
    void nobodySignedInMayNothing() {
        t.app().context().signIn(null);
        assertThat(catchThrowable(() -> t.cases().page(CaseQuery.all(), 0, 10))).isInstanceOf(NotPermittedException.class);
        assertThat(catchThrowable(() -> t.cases().create(CaseDraft.valid().build()))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void authorOfChangesIsTheSignedInUser() {
        t.signInAs("lucia", Role.INVESTIGATOR);
        CaseFile c = t.cases().create(CaseDraft.valid().build());
        assertThat(c.updatedBy()).isEqualTo("lucia");
    }

    /** The first administrator (another account than the one acting in the table's rows). */
    private org.vigia.model.Account ana() {
        return t.dsl().selectFrom(org.vigia.db.schema.Tables.APP_USER)
                .where(org.vigia.db.schema.Tables.APP_USER.USER_NAME.eq(TestServices.USER))
                .fetchSingle(r -> new org.vigia.model.Account(r.getId(), r.getVersion(), r.getUserName(),
                        r.getDisplayName(), EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), r.getCreatedAt().toInstant(),
                        r.getCreatedBy()));
    }

    private static Map<String, String> without(DbSnapshot s, String table) {
        Map<String, String> copy = new java.util.TreeMap<>(s.tables());
        copy.keySet().removeIf(k -> k.equalsIgnoreCase(table));
        return copy;
    }
}
