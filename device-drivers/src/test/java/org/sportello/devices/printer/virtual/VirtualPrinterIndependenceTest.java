package org.sportello.devices.printer.virtual;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The virtual printer checks the encoder only if it does not share its code: a bug in a shared
 * helper would agree with itself. And device-drivers stays free of JavaFX.
 */
class VirtualPrinterIndependenceTest {
    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sportello.devices");

    @Test
    void virtualPrinterDoesNotUseTheEncoder() {
        noClasses().that().resideInAPackage("..printer.virtual..")
                .should().dependOnClassesThat().resideInAPackage("..printer.escpos..")
                .check(classes);
    }

    @Test
    void noJavaFxInDeviceDrivers() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    /** The rules above hold for nothing if the import misses the packages (after a rename, say). */
    @Test
    void theRulesSeeTheInterpreterAndTheEncoder() {
        assertThat(classes.contain(VirtualPrinter.class)).isTrue();
        assertThat(classes.contain(org.sportello.devices.printer.escpos.EscPosBuilder.class)).isTrue();
    }
}
