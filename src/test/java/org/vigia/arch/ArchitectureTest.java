package org.vigia.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md section 2, checked on the main classes (tests excluded). */
@AnalyzeClasses(packages = "org.vigia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.vigia.model..")
            .should().dependOnClassesThat(resideInAPackage("org.vigia..").and(not(resideInAPackage("org.vigia.model.."))))
            .as("model depends on no other org.vigia package");

    @ArchTest
    static final ArchRule servicesNeverUseJavaFx = noClasses()
            .that().resideInAPackage("org.vigia.service..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .as("service never depends on javafx");

    @ArchTest
    static final ArchRule uiNeverTouchesTheDatabase = noClasses()
            .that().resideInAPackage("org.vigia.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.vigia.db..")
            .as("ui never depends on org.jooq, java.sql or org.vigia.db");

    @ArchTest
    static final ArchRule cliDoesNotUseTheUi = noClasses()
            .that().resideInAPackage("org.vigia.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.vigia.ui..")
            .as("cli does not depend on ui");
}
