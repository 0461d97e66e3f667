package io.autocrm.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

/**
 * The module and package rules of the whole reactor, checked on the assembled classpath (docs/adr/008):
 * <ul>
 *   <li>each module's allowed dependencies: the contract ({@code shared-events}) depends on nothing of ours;
 *       {@code json} (the one JSON configuration) on the contract only; {@code platform} on the contract and json; the command side on platform and the contract; the query side the
 *       same, and never on the command side; {@code identity} and {@code channels} (e-mail in and out) on those and the interfaces the command side
 *       offers, never on each other;
 *       only the application ({@code app}) assembles them all, and nothing depends on it;</li>
 *   <li>no cycles between packages, in any module;</li>
 *   <li>the contract free of frameworks: only {@code @Revision} comes from Axon.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "io.autocrm",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleRulesTest.DoNotIncludeTestJars.class})
class ModuleRulesTest {

    private static final String[] CONTRACT = {"io.autocrm.events..", "io.autocrm.access.."};

    @ArchTest
    static final ArchRule modulesDependOnlyOnWhatTheyAreAllowed = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("contract").definedBy(CONTRACT)
            .layer("json").definedBy("io.autocrm.json..")
            .layer("platform").definedBy("io.autocrm.platform..")
            .layer("command side").definedBy("io.autocrm.command..")
            .layer("query side").definedBy("io.autocrm.query..")
            .layer("identity").definedBy("io.autocrm.identity..")
            .layer("channels").definedBy("io.autocrm.channels..")
            .layer("application").definedBy("io.autocrm.app..")
            .whereLayer("contract").mayNotAccessAnyLayer()
            .whereLayer("json").mayOnlyAccessLayers("contract")
            .whereLayer("platform").mayOnlyAccessLayers("contract", "json")
            .whereLayer("command side").mayOnlyAccessLayers("contract", "platform", "json")
            .whereLayer("query side").mayOnlyAccessLayers("contract", "platform", "json")
            .whereLayer("identity").mayOnlyAccessLayers("contract", "platform", "json", "command side")
            .whereLayer("channels").mayOnlyAccessLayers("contract", "platform", "json", "command side")
            .whereLayer("application").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.autocrm.(**)")
            .should().beFreeOfCycles()
            .because("a package that imports another which imports it back is one package in two places");

    @ArchTest
    static final ArchRule contractHasNoFramework = classes().that().resideInAnyPackage(CONTRACT)
            .should().onlyDependOnClassesThat(resideInAnyPackage("io.autocrm.events..", "io.autocrm.access..", "java..")
                    .or(equivalentTo(Revision.class)))
            .because("the contract is plain Java: only @Revision comes from a framework");

    /**
     * Leaves out test classes that another module packs in its test-jar (the contract's samples): in a reactor build
     * they arrive as a jar, which {@link ImportOption.DoNotIncludeTests} does not recognise as tests.
     */
    static final class DoNotIncludeTestJars implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
