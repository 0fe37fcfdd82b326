package org.vigia.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditEvent;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.audit.AuditLogViewModel.Verdict;
import org.vigia.ui.common.SameThreadTaskRunner;
import org.vigia.ui.common.TaskRunner;

class AuditLogViewModelTest {
    /** Every action code the services write (see AuditServiceTest.everyServiceWriteAppendsExactlyOneEvent). */
    static final List<String> KNOWN_ACTIONS = List.of("SITE_SETUP", "OPERATION_CREATE", "OPERATION_UPDATE",
            "CASE_CREATE", "CASE_UPDATE", "CASE_CLOSE", "CASE_REOPEN", "CASE_DELETE");
    private AppServices services;
    private AuditLogViewModel vm;

    /** Holds tasks until the test runs them: shows what goes through the runner, and in which order. */
    private static final class DeferredRunner implements TaskRunner {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            tasks.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onFailure));
        }

        @Override
        public void ui(Runnable action) {
            action.run();
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return new ReadOnlyIntegerWrapper(tasks.size()).getReadOnlyProperty();
        }
    }

    @BeforeEach
    void setUp() {
        services = UiFixtures.officeOnly(); // event 1: SITE_SETUP by Ana Morales
        UiFixtures.operation(services, "LIBERTAD");                                                         // 2
        UiFixtures.newCase(services, "Forged passports", "Bogotá", CaseStatus.Active, OffenceType.DocumentFraud); // 3
        UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking); // 4
        vm = new AuditLogViewModel(services.audit(), new SameThreadTaskRunner(), new Messages(Locale.ENGLISH), ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private AuditEvent row(int i) {
        vm.rows().get(i); // the first read asks for the page
        return vm.rows().get(i);
    }

    @Test
    void opensWithTheTotalTheChoicesAndTheNewestEventFirst() {
        vm.open();

        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(vm.totalTextProperty().get()).isEqualTo("4 events");
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.rows().loadedPages()).isZero();
        assertThat(row(0).seq()).isEqualTo(4);
        assertThat(row(3).action()).isEqualTo("SITE_SETUP");
        assertThat(vm.userChoices()).containsExactly("Ana Morales");
        // sorted by their labels: Case created, Office set up, Operation created
        assertThat(vm.actionChoices()).containsExactly("CASE_CREATE", "SITE_SETUP", "OPERATION_CREATE");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void eachFilterRunsANewQuery() {
        vm.open();

        vm.actionProperty().set("CASE_CREATE");
        assertThat(vm.totalTextProperty().get()).isEqualTo("2 events");
        assertThat(List.of(row(0).seq(), row(1).seq())).containsExactly(4L, 3L);

        vm.userProperty().set("ANA MORALES");
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        vm.userProperty().set("Luis");
        assertThat(vm.totalTextProperty().get()).isEqualTo("No events");
        assertThat(vm.rows()).isEmpty();

        vm.userProperty().set(null);
        vm.actionProperty().set(null);
        vm.fromProperty().set(LocalDate.of(2026, 11, 25));
        vm.toProperty().set(LocalDate.of(2026, 11, 25));
        assertThat(vm.totalProperty().get()).as("every event is of the fixtures' day").isEqualTo(4);
        vm.fromProperty().set(LocalDate.of(2026, 11, 26));
        vm.toProperty().set(null);
        assertThat(vm.totalProperty().get()).isZero();
    }

    @Test
    void clearShowsEverythingAgainWithOneQuery() {
        DeferredRunner runner = new DeferredRunner();
        vm = new AuditLogViewModel(services.audit(), runner, new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        vm.actionProperty().set("CASE_CREATE");
        vm.userProperty().set("Ana Morales");
        runner.tasks.clear();

        vm.clear();

        assertThat(runner.tasks).as("one count for the four cleared filters").hasSize(1);
        runner.tasks.poll().run();
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(vm.filter().isAny()).isTrue();
    }

    @Test
    void anAnswerToAnOlderFilterIsIgnored() {
        DeferredRunner runner = new DeferredRunner();
        vm = new AuditLogViewModel(services.audit(), runner, new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        vm.actionProperty().set("SITE_SETUP");
        vm.actionProperty().set("CASE_CREATE");
        Runnable older = runner.tasks.poll();
        Runnable newer = runner.tasks.poll();

        newer.run();
        older.run();

        assertThat(vm.totalProperty().get()).isEqualTo(2);
    }

    @Test
    void aBadFilterShowsWhyAndNoRows() {
        vm.open();

        vm.fromProperty().set(LocalDate.of(2026, 11, 26));
        vm.toProperty().set(LocalDate.of(2026, 11, 20));

        assertThat(vm.errorProperty().get()).isEqualTo("To: cannot be before the start date");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.totalTextProperty().get()).isEmpty();

        vm.clear();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.totalTextProperty().get()).isEqualTo("4 events");
    }

    @Test
    void verifyRunsThroughTheRunnerAndSaysTheChainIsIntact() {
        DeferredRunner runner = new DeferredRunner();
        vm = new AuditLogViewModel(services.audit(), runner, new Messages(Locale.ENGLISH), ZoneOffset.UTC);

        vm.verify();
        vm.verify(); // ignored while one runs

        assertThat(runner.tasks).hasSize(1);
        assertThat(vm.verifyingProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).isEqualTo(Verdict.RUNNING);
        assertThat(vm.verifyTextProperty().get()).isEqualTo("Verifying the audit chain\u2026");
        runner.tasks.poll().run();
        assertThat(vm.verifyingProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo(Verdict.OK);
        assertThat(vm.verifyTextProperty().get()).isEqualTo("The audit chain is intact: 4 events verified.");
    }

    @Test
    void verifyNamesTheFirstBrokenEvent() {
        services.context().dsl().execute("UPDATE audit_event SET summary = 'case never created' WHERE seq = 3");

        vm.verify();

        assertThat(vm.verdictProperty().get()).isEqualTo(Verdict.BROKEN);
        assertThat(vm.verifyTextProperty().get()).isEqualTo(
                "The audit chain is broken at event 3: its content does not match its hash (the row was edited).");
    }

    @Test
    void pagesAreLoadedOnlyWhenLookedAt() {
        services.context().dsl().transaction(cfg -> {
            for (int i = 0; i < 246; i++) {
                services.audit().append(cfg.dsl(), "TEST", "test", null, "event " + i);
            }
        });
        vm.refresh();

        assertThat(vm.totalTextProperty().get()).isEqualTo("250 events");
        assertThat(row(0).seq()).isEqualTo(250);
        assertThat(row(249).seq()).isEqualTo(1);
        assertThat(vm.rows().loadedPages()).isEqualTo(2);
    }

    @Test
    void actionsAndRecordTypesAreShownByTheirLabelsOrElseTheirCodes() {
        for (String language : List.of("en", "es", "pt", "fr")) {
            Messages m = new Messages(Locale.forLanguageTag(language));
            AuditLogViewModel localized = new AuditLogViewModel(services.audit(), new SameThreadTaskRunner(), m, ZoneOffset.UTC);
            for (String action : KNOWN_ACTIONS) {
                assertThat(localized.actionLabel(action)).as("%s in %s", action, language)
                        .isNotEqualTo(action).doesNotContain("!");
            }
            for (String type : List.of("site", "operation", "case")) {
                assertThat(localized.entityLabel(type)).as("%s in %s", type, language).isNotEqualTo(type);
            }
        }
        assertThat(vm.actionLabel("CASE_CREATE")).isEqualTo("Case created");
        assertThat(vm.actionLabel("NOT_AN_ACTION")).as("unknown code").isEqualTo("NOT_AN_ACTION");
        assertThat(vm.entityLabel("evidence")).as("unknown type").isEqualTo("evidence");
        assertThat(new AuditLogViewModel(services.audit(), new SameThreadTaskRunner(),
                new Messages(Locale.forLanguageTag("es")), ZoneOffset.UTC).actionLabel("CASE_CLOSE")).isEqualTo("Caso cerrado");
    }

    @Test
    void timesAreShownInTheZoneAndLocale() {
        vm.refresh();
        assertThat(vm.time(row(0).occurredAt())).isEqualTo("Nov 25, 2026, 12:00 PM");
    }
}
