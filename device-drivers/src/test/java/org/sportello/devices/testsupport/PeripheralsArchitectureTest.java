package org.sportello.devices.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Keeps the peripheral drivers headless and the protocols transport-independent. */
@Timeout(30)
class PeripheralsArchitectureTest {
    private static final JavaClasses DRIVERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.sportello.devices.card", "org.sportello.devices.scanner",
                    "org.sportello.devices.board", "org.sportello.devices.voice");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(DRIVERS);
    }

    @Test
    void protocolsTalkOnlyToTheTransportPort() {
        noClasses().that().resideInAnyPackage("org.sportello.devices.scanner..", "org.sportello.devices.board..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "org.usb4java..")
                .check(DRIVERS);
    }

    /** The rules above hold for nothing if the import misses the packages (after a rename, say). */
    @Test
    void theRulesSeeEveryDriverPackage() {
        assertThat(DRIVERS.contain(org.sportello.devices.card.TesseraBarcode.class)).isTrue();
        assertThat(DRIVERS.contain(org.sportello.devices.scanner.KeystrokeBurstDetector.class)).isTrue();
        assertThat(DRIVERS.contain(org.sportello.devices.board.AlphaSignBoard.class)).isTrue();
        assertThat(DRIVERS.contain(org.sportello.devices.voice.QueuedAnnouncer.class)).isTrue();
    }
}
