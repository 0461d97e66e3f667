package io.autocrm.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module rules of the query side. */
class ArchitectureTest {

    private static final JavaClasses QUERY_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.autocrm.query");

    @Test
    void neverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("io.autocrm.query..").should().dependOnClassesThat()
                .resideInAPackage("io.autocrm.command..").check(QUERY_SIDE);
    }

    @Test
    void usesNoJpa() {
        noClasses().that().resideInAPackage("io.autocrm.query..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..").check(QUERY_SIDE);
    }

    @Test
    void keepsReadModelsApartFromEachOther() {
        noClasses().that().resideInAPackage("io.autocrm.query.audit..").should().dependOnClassesThat()
                .resideInAnyPackage("io.autocrm.query.queue..", "io.autocrm.query.ticketdetail..",
                        "io.autocrm.query.history..").check(QUERY_SIDE);
        noClasses().that().resideInAPackage("io.autocrm.query.queue..").should().dependOnClassesThat()
                .resideInAnyPackage("io.autocrm.query.audit..", "io.autocrm.query.ticketdetail..",
                        "io.autocrm.query.history..").check(QUERY_SIDE);
    }
}
