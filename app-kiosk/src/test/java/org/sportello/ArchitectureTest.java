package org.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The UI layering the project relies on: ViewModels testable without a toolkit, SQL only in the office server. */
class ArchitectureTest {
    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sportello.kiosk", "org.sportello.display", "org.sportello.ui");

    @Test
    void viewModelsDoNotTouchNodesScenesOrTheToolkit() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(APP);
    }

    @Test
    void theAppsReachTheDatabaseOnlyThroughTheSharedModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
                .check(APP);
    }

    /** The office database lives inside the office server only (issue 9): the apps reach it over the protocol. */
    @Test
    void theAppsHoldNoDatabaseAndNoServer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.sportello.server.storage..",
                        "org.h2..", "org.flywaydb..", "org.sportello.server..")
                .check(APP);
    }

    /** The rules above hold for nothing if the import misses the packages (after a rename, say). */
    @Test
    void theRulesSeeTheViewModels() {
        assertThat(APP.contain(org.sportello.kiosk.KioskViewModel.class)).isTrue();
        assertThat(APP.contain(org.sportello.display.HallDisplayViewModel.class)).isTrue();
    }
}
