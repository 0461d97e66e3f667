package io.autocrm.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.autocrm.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideNeverDependsOnTheQuerySide = noClasses()
            .that().resideInAPackage("io.autocrm.command..")
            .should().dependOnClassesThat().resideInAPackage("io.autocrm.query..");

    @ArchTest
    static final ArchRule commandSideUsesNoJpa = noClasses()
            .that().resideInAPackage("io.autocrm.command..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate.orm..");

    @ArchTest
    static final ArchRule directoryKnowsNoAggregate = noClasses()
            .that().resideInAPackage("io.autocrm.command.directory..")
            .should().dependOnClassesThat().resideInAnyPackage("io.autocrm.command.ticket..",
                    "io.autocrm.command.customer..");
}
