package org.sportello.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The office server talks to its database through its storage package's services; nothing else sees jOOQ. */
@AnalyzeClasses(packages = "org.sportello.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noJooqOutsidePersistence = noClasses().that().resideInAPackage("org.sportello.server..")
            .and().resideOutsideOfPackage("org.sportello.server.storage..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("org.sportello.server..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule cliOnTopOfServerAndBench = noClasses().that().resideInAnyPackage("org.sportello.server",
                    "org.sportello.server.bench")
            .should().dependOnClassesThat().resideInAPackage("org.sportello.server.cli..");

    /** The rules above hold for nothing if the import misses the packages (after a rename, say). */
    @ArchTest
    static void theRulesSeeTheServerTheCliAndTheSync(JavaClasses classes) {
        assertThat(classes.contain(OfficeServer.class)).isTrue();
        assertThat(classes.contain("org.sportello.server.cli.SportelloCommand")).isTrue();
        assertThat(classes.contain(org.sportello.server.sync.OfficeSync.class)).isTrue();
    }
}
