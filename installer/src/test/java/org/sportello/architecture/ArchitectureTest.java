package org.sportello.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the compiled classes of every module. The
 * Maven graph already keeps JavaFX out of the headless modules' classpath; these rules keep it that way
 * if a dependency slips in, and police what the build graph cannot (jOOQ only in the server's storage, no app reaching past the protocol).
 */
class ArchitectureTest {
    static JavaClasses sportello;

    @BeforeAll
    static void importClasses() {
        sportello = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test jars on this module's test classpath (office-server's, for SystemdUnits) are tests too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.sportello");
    }

    @Test
    void everyModuleIsImported() {
        // Guards the other rules against passing on an empty import.
        for (String pkg : new String[] {"org.sportello.model", "org.sportello.devices", "org.sportello.server",
                "org.sportello.kiosk", "org.sportello.display", "org.sportello.operator", "org.sportello.demo",
                "org.sportello.protocol", "org.sportello.link", "org.sportello.codicefiscale"}) {
            org.assertj.core.api.Assertions.assertThat(sportello.stream()
                    .anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void noJavaFxOutsideTheApps() {
        noClasses().that().resideInAnyPackage("org.sportello.model..", "org.sportello.devices..",
                        "org.sportello.server..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(sportello);
    }

    @Test
    void jooqOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.sportello.server.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .check(sportello);
    }

    @Test
    void modelAndDevicesStayApart() {
        noClasses().that().resideInAPackage("org.sportello.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sportello.devices..", "org.sportello.server..",
                        "org.sportello.protocol..")
                .check(sportello);
        // Card and barcode readers validate a codice fiscale before any app sees it (ADR 9): that check is
        // its own dependency-free module; nothing of the model is a driver's business.
        noClasses().that().resideInAPackage("org.sportello.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sportello.model..", "org.sportello.server..",
                        "org.sportello.protocol..")
                .check(sportello);
    }

    @Test
    void workstationsReachTheOfficeOnlyThroughTheProtocol() {
        // One trust boundary (ADR 23): no app holds SQL, the storage or the server's classes.
        noClasses().that().resideInAnyPackage("org.sportello.kiosk..", "org.sportello.display..",
                        "org.sportello.operator..", "org.sportello.ui..", "org.sportello.link..",
                        "org.sportello.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sportello.server..", "org.jooq..", "org.h2..",
                        "org.flywaydb..", "com.zaxxer..", "java.sql..")
                .check(sportello);
    }

    @Test
    void theProtocolsGeneratedStubsStayInTheProtocolAndTheServer() {
        classes().that().resideInAPackage("org.sportello.protocol.v1..")
                .should().onlyBeAccessed().byAnyPackage("org.sportello.protocol..", "org.sportello.server..")
                .check(sportello);
    }

    @Test
    void workstationsNeverHoldTheSealingKey() {
        // Documents are sealed in the office server; verification needs public keys only (ADR 23).
        noClasses().that().resideInAnyPackage("org.sportello.operator..", "org.sportello.kiosk..",
                        "org.sportello.display..")
                .should().dependOnClassesThat().belongToAnyOf(org.sportello.model.seal.OfficeSigner.class,
                        org.sportello.model.seal.OfficeKeys.class,
                        org.sportello.server.storage.JooqOfficeKeys.class)
                .check(sportello);
    }

    @Test
    void viewModelsDoNotTouchScenesOrStages() {
        // ViewModels are plain Java with properties, unit-tested without a toolkit.
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(sportello);
    }

    @Test
    void noGrabBagClasses() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .check(sportello);
    }

    @Test
    void generatedSchemaClassesStayBehindThePersistencePackage() {
        classes().that().resideInAPackage("org.sportello.server.storage.schema..")
                .should().onlyBeAccessed().byAnyPackage("org.sportello.server.storage..")
                .check(sportello);
    }
}
