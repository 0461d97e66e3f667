package io.autocrm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

/**
 * The module rules that only the assembled classpath can check: the contract holds no framework, and neither side
 * reaches into the application. (Command side and query side check their mutual independence themselves.)
 */
@AnalyzeClasses(packages = "io.autocrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule contractHasNoFramework = classes().that().resideInAnyPackage("io.autocrm.events..", "io.autocrm.access..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("io.autocrm.events..", "io.autocrm.access..", "java..")
                    .or(equivalentTo(Revision.class)))
            .because("the contract is plain Java: only @Revision comes from a framework");

    @ArchTest
    static final ArchRule sidesIgnoreTheApplication = noClasses()
            .that().resideInAnyPackage("io.autocrm.command..", "io.autocrm.query..", "io.autocrm.events..",
                    "io.autocrm.access..")
            .should().dependOnClassesThat().resideInAPackage("io.autocrm.app..");
}
