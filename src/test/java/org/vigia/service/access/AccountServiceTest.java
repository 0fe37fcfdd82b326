package org.vigia.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.db.schema.Tables;
import org.vigia.model.Account;
import org.vigia.model.ConflictException;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.MutableClock;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Accounts, passwords, lockout and the audit of security events, on a real H2 database and key file. */
class AccountServiceTest {
    private static final char[] PW = TestServices.PASSWORD.toCharArray();
    private MutableClock clock;
    private TestServices t;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(TestServices.NOW);
        t = TestServices.withOffice(clock);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void firstAdministratorIsSignedInWithTheirRolesAndAudited() {
        Account ana = t.app().context().account().orElseThrow();
        assertThat(ana.userName()).isEqualTo("ana");
        assertThat(ana.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SUPERVISOR);
        assertThat(actions()).contains("USER_ADD");
        assertThat(t.keys().userIds()).contains(ana.id());
        assertThat(catchThrowable(() -> t.accounts().createFirstAdministrator("otro", "Otro", EnumSet.noneOf(Role.class), PW)))
                .isInstanceOf(VigiaException.class).extracting(e -> ((VigiaException) e).key())
                .isEqualTo("error.account.alreadySetUp");
    }

    @Test
    void addedAccountSignsInWithItsPasswordOnly() {
        Account luis = t.accounts().add(" luis ", "Luis Peña", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        assertThat(luis.userName()).isEqualTo("luis");
        assertThat(catchThrowable(() -> t.accounts().signIn("luis", PW))).isInstanceOf(VigiaException.class)
                .extracting(e -> ((VigiaException) e).key()).isEqualTo("login.refused");
        Account signed = t.accounts().signIn("LUIS", "Otro-Rio-Largo-2026".toCharArray());
        assertThat(signed.id()).isEqualTo(luis.id());
        assertThat(t.app().context().user()).isEqualTo("luis");
        assertThat(actions()).contains("LOGIN_FAILURE", "LOGOUT", "LOGIN_SUCCESS");
    }

    @Test
    void unknownNameAndWrongPasswordGetTheSameAnswer() {
        VigiaException unknown = (VigiaException) catchThrowable(() -> t.accounts().signIn("nadie", PW));
        VigiaException wrong = (VigiaException) catchThrowable(() -> t.accounts().signIn("ana", "Wrong-Password-123".toCharArray()));
        assertThat(unknown.key()).isEqualTo(wrong.key()).isEqualTo("login.refused");
    }

    @ParameterizedTest(name = "[{index}] user \"{0}\" / name \"{1}\" / password \"{2}\" -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "''          | Luis | Otro-Rio-Largo-2026 | userName | validation.required",
        "l           | Luis | Otro-Rio-Largo-2026 | userName | validation.userName",
        "luis peña   | Luis | Otro-Rio-Largo-2026 | userName | validation.userName",
        "x';DROP--   | Luis | Otro-Rio-Largo-2026 | userName | validation.userName",
        "ANA         | Luis | Otro-Rio-Largo-2026 | userName | validation.userNameTaken",
        "ána         | Luis | Otro-Rio-Largo-2026 | userName | validation.userNameTaken",
        "luis        | ''   | Otro-Rio-Largo-2026 | displayName | validation.required",
        "luis        | Luis | ''                  | password | password.empty",
        "luis        | Luis | Short-pw1           | password | password.tooShort",
        "luis        | Luis | password1234        | password | password.common",
        "luis        | Luis | luis-Otro-Rio-2026  | password | password.containsName",
    })
    void badAccountsAreRefusedAndChangeNothing(String user, String display, String password, String field, String key) {
        ValidationException e = Refusals.validation(t, () -> t.accounts().add(user, display,
                EnumSet.of(Role.INVESTIGATOR), password.toCharArray()));
        assertThat(e.errors()).anySatisfy(err -> {
            assertThat(err.field()).isEqualTo(field);
            assertThat(err.key()).isEqualTo(key);
        });
    }

    @Test
    void tooLongAndControlCharactersAreRefused() {
        ValidationException e = Refusals.validation(t, () -> t.accounts().add("u".repeat(41), "N".repeat(101),
                EnumSet.of(Role.INVESTIGATOR), "x".repeat(257).toCharArray()));
        assertThat(Refusals.fields(e)).contains("userName", "displayName", "password");
        ValidationException c = Refusals.validation(t, () -> t.accounts().add("luis", "Luis\u0007",
                EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo\u0001-2026".toCharArray()));
        assertThat(Refusals.fields(c)).contains("displayName", "password");
        ValidationException none = Refusals.validation(t, () -> t.accounts().add("luis", "Luis",
                EnumSet.noneOf(Role.class), PW));
        assertThat(Refusals.fields(none)).containsExactly("roles");
    }

    @Test
    void fiveFailuresLockForTenMinutesEvenTheRightPasswordAndSurviveARestart() {
        t.accounts().add("luis", "Luis", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        for (int i = 0; i < 4; i++) {
            assertThat(key(() -> t.accounts().signIn("luis", "Wrong-Password-123".toCharArray()))).isEqualTo("login.refused");
        }
        // the fifth failure locks at once
        assertThat(key(() -> t.accounts().signIn("luis", "Wrong-Password-123".toCharArray()))).isEqualTo("login.locked");
        assertThat(key(() -> t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()))).isEqualTo("login.locked");
        // kept in the key file: a fresh reading of the file (a restart) is still locked
        var reloaded = org.vigia.security.KeyFile.load(t.keys().file(), TestServices.TEST_KDF, clock);
        assertThat(reloaded.unlock("luis", "Otro-Rio-Largo-2026".toCharArray()))
                .isInstanceOf(org.vigia.security.Unlock.Locked.class);
        clock.advance(Duration.ofMinutes(9));
        assertThat(key(() -> t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()))).isEqualTo("login.locked");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()).userName()).isEqualTo("luis");
        assertThat(actions()).contains("ACCOUNT_LOCKED");
    }

    @Test
    void administratorResetLiftsALockoutAndReplacesThePassword() {
        Account luis = t.accounts().add("luis", "Luis", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        for (int i = 0; i < 5; i++) {
            key(() -> t.accounts().signIn("luis", "Wrong-Password-123".toCharArray()));
        }
        t.accounts().signIn("ana", PW);
        t.accounts().resetPassword(luis.id(), "Nuevo-Camino-Verde-7".toCharArray());
        assertThat(actions()).contains("PASSWORD_RESET");
        assertThat(key(() -> t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()))).isEqualTo("login.refused");
        assertThat(t.accounts().signIn("luis", "Nuevo-Camino-Verde-7".toCharArray()).id()).isEqualTo(luis.id());
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentOneAndOnlyTouchesThatSlot() {
        Account luis = t.accounts().add("luis", "Luis", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray());
        assertThat(key(() -> t.accounts().changeOwnPassword("Wrong-Password-123".toCharArray(), "Nuevo-Camino-Verde-7".toCharArray())))
                .isEqualTo("login.refused");
        ValidationException weak = (ValidationException) catchThrowable(() ->
                t.accounts().changeOwnPassword("Otro-Rio-Largo-2026".toCharArray(), "short".toCharArray()));
        assertThat(Refusals.fields(weak)).containsExactly("password");
        t.accounts().changeOwnPassword("Otro-Rio-Largo-2026".toCharArray(), "Nuevo-Camino-Verde-7".toCharArray());
        assertThat(actions()).contains("PASSWORD_CHANGE");
        assertThat(t.accounts().signIn("luis", "Nuevo-Camino-Verde-7".toCharArray()).id()).isEqualTo(luis.id());
        assertThat(t.accounts().signIn("ana", PW).userName()).isEqualTo("ana");
    }

    @Test
    void removedAccountCannotSignInAndTheLastAdministratorStays() {
        Account luis = t.accounts().add("luis", "Luis", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        t.accounts().remove(luis.id(), luis.version());
        assertThat(t.keys().userIds()).doesNotContain(luis.id());
        assertThat(key(() -> t.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()))).isEqualTo("login.refused");
        assertThat(t.accounts().list()).extracting(Account::userName).containsExactly("ana");
        Account ana = t.app().context().account().orElseThrow();
        assertThat(key(() -> t.accounts().remove(ana.id(), ana.version()))).isEqualTo("error.account.removeSelf");
        assertThat(key(() -> t.accounts().update(ana.id(), ana.version(), "Ana", EnumSet.of(Role.SUPERVISOR))))
                .isEqualTo("error.account.lastAdministrator");
        // a removed account's name stays reserved
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> t.accounts().add("luis", "Luis 2",
                EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray())), "userName"))
                .isEqualTo("validation.userNameTaken");
    }

    @Test
    void staleEditIsRefused() {
        Account luis = t.accounts().add("luis", "Luis", EnumSet.of(Role.INVESTIGATOR), "Otro-Rio-Largo-2026".toCharArray());
        t.accounts().update(luis.id(), luis.version(), "Luis Peña", EnumSet.of(Role.SUPERVISOR));
        assertThat(catchThrowable(() -> t.accounts().update(luis.id(), luis.version(), "Luis P", EnumSet.of(Role.INVESTIGATOR))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void unlockNeedsTheSignedInPersonsPassword() {
        t.accounts().locked();
        assertThat(key(() -> t.accounts().unlock("Wrong-Password-123".toCharArray()))).isEqualTo("login.refused");
        t.accounts().unlock(PW);
        assertThat(actions()).contains("SESSION_LOCK", "SESSION_UNLOCK", "LOGIN_FAILURE");
    }

    @Test
    void idleMinutesAreKeptWithinRange() {
        assertThat(t.accounts().idleLockMinutes()).isEqualTo(15);
        t.accounts().setIdleLockMinutes(5);
        assertThat(t.accounts().idleLockMinutes()).isEqualTo(5);
        for (int bad : List.of(0, -1, 241)) {
            assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> t.accounts().setIdleLockMinutes(bad)), "idleMinutes"))
                    .isEqualTo("validation.range");
        }
    }

    private List<String> actions() {
        return t.dsl().select(Tables.AUDIT_EVENT.ACTION).from(Tables.AUDIT_EVENT).orderBy(Tables.AUDIT_EVENT.SEQ)
                .fetch(Tables.AUDIT_EVENT.ACTION);
    }

    private static String key(Runnable r) {
        Throwable e = catchThrowable(r::run);
        assertThat(e).isInstanceOf(VigiaException.class);
        return ((VigiaException) e).key();
    }
}
