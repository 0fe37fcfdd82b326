package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.Conveyance;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Role;
import org.vigia.model.RoleLink;
import org.vigia.service.access.Access;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** Only case writers (investigators, supervisors) change roles and journeys; readers read. */
class RolePermissionTest {
    private final TestServices t = TestServices.withOffice();
    private final RoleFixture f = new RoleFixture(t);
    private final RoleLink migrant = f.addMigrant(f.yuliana);
    private final JourneyLeg leg = f.journeys().add(JourneyLeg.of(f.kase.id(), f.yuliana.id(), JourneyEventType.Transit,
            "PA", null, null, Conveyance.River, null));

    @AfterEach
    void close() {
        t.close();
    }

    static Stream<Arguments> actions() {
        Set<Role> writers = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
        Set<Role> readers = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.HQ_ANALYST);
        Map<String, Object[]> table = new LinkedHashMap<>();
        table.put("role add", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.roles().add(
                x.f.link(x.f.luis.id(), CaseRole.SUSPECT))});
        table.put("role update", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.roles().update(
                x.migrant.withNote("changed"))});
        table.put("role remove", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.roles().remove(
                x.migrant.id(), x.migrant.version())});
        table.put("reclassify", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.roles().reclassify(
                x.migrant.id(), x.migrant.version(), Classification.POSSIBLE_VICTIM, RoleFixture.POLICE,
                LocalDate.of(2026, 3, 1), "debt")});
        table.put("journey add", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.journeys().add(
                JourneyLeg.of(x.f.kase.id(), x.f.yuliana.id(), JourneyEventType.Exploitation, "US", null, null, null, null))});
        table.put("journey update", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.journeys().update(
                new JourneyLeg(x.leg.id(), x.leg.version(), x.f.kase.id(), x.f.yuliana.id(), JourneyEventType.Transit,
                        "CO", null, null, null, null, 0, null, null))});
        table.put("journey remove", new Object[] {writers, (Consumer<RolePermissionTest>) x -> x.f.journeys().remove(
                x.leg.id(), x.leg.version())});
        table.put("role get", new Object[] {readers, (Consumer<RolePermissionTest>) x -> x.f.roles().get(x.migrant.id())});
        table.put("history", new Object[] {readers, (Consumer<RolePermissionTest>) x -> x.f.roles().history(x.migrant.id())});
        table.put("roles of person", new Object[] {readers, (Consumer<RolePermissionTest>) x -> x.f.roles()
                .rolesOfPerson(x.f.yuliana.id())});
        table.put("roles in case", new Object[] {readers, (Consumer<RolePermissionTest>) x -> x.f.roles()
                .rolesInCase(x.f.kase.id())});
        table.put("journey legs", new Object[] {readers, (Consumer<RolePermissionTest>) x -> x.f.journeys()
                .legs(x.f.kase.id(), x.f.yuliana.id())});
        return table.entrySet().stream().flatMap(e -> Stream.of(Role.values()).map(role -> Arguments.of(
                e.getKey(), role, ((Set<?>) e.getValue()[0]).contains(role), e.getValue()[1])));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("actions")
    void eachRoleMayOnlyWhatItsRoleAllows(String action, Role role, boolean allowed, Consumer<RolePermissionTest> act) {
        String user = "user." + role.name().toLowerCase(java.util.Locale.ROOT);
        t.signInAs(user, role);
        long eventsBefore = t.dsl().fetchCount(AUDIT_EVENT);
        DbSnapshot before = t.snapshot();
        Throwable thrown = catchThrowable(() -> act.accept(this));
        if (allowed) {
            assertThat(thrown).as(action + " as " + role).isNull();
            return;
        }
        assertThat(thrown).as(action + " as " + role).isInstanceOf(NotPermittedException.class);
        assertThat(t.dsl().fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore + 1);
        assertThat(t.dsl().select(AUDIT_EVENT.ACTION, AUDIT_EVENT.USER_NAME).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchSingle().intoList()).containsExactly(Access.DENIED, user);
        Map<String, String> after = new LinkedHashMap<>(t.snapshot().tables());
        Map<String, String> was = new LinkedHashMap<>(before.tables());
        after.remove("AUDIT_EVENT");
        was.remove("AUDIT_EVENT");
        assertThat(after).as("nothing but the refusal's audit event written").isEqualTo(was);
    }
}
