package org.sportello.operator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.ProfilePart;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.ui.Notice;

/** The citizen file's model on a real office: finding, the area check, saving, and two desks in conflict. */
class CitizenFileModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    AtomicReference<String> atCounter = new AtomicReference<>();
    CitizenFileModel desk1;
    CitizenFileModel desk2;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seed(f.office);
        desk1 = model(f.sitDown("mrossi", 1));
        desk2 = model(f.sitDown("lbianchi", 2));
    }

    private CitizenFileModel model(DeskSession s) {
        return new CitizenFileModel(f.work, s.operator(), s.office().zone(), f.office.clock(),
                () -> Optional.ofNullable(atCounter.get()));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theCitizenAtTheCounterOpensAtOnce() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        desk1.open();

        assertThat(desk1.headerProperty().get()).contains("ROSSI Mario", DemoPeople.MARIO_ROSSI, "nato il 10/12/1985");
        assertThat(desk1.familyNameProperty().get()).isEqualTo("Rossi");
        assertThat(desk1.editableProperty().get()).isTrue();
        assertThat(desk1.areaProperty().get()).contains("non indicati");
    }

    @Test
    void searchByNameThenPick() {
        desk1.searchProperty().set("verdi");
        desk1.find();
        assertThat(desk1.matches()).hasSize(1);
        desk1.pick(desk1.matches().getFirst());
        assertThat(desk1.familyNameProperty().get()).isEqualTo("Verdi");
        assertThat(desk1.matches()).isEmpty();

        String code = DemoPeople.MARIO_ROSSI;
        char wrong = code.charAt(15) == 'A' ? 'B' : 'A';
        desk1.searchProperty().set(code.substring(0, 15) + wrong);
        desk1.find();
        assertThat(desk1.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    }

    @Test
    void theDomicileDecidesTheCompetentOffice() {
        atCounter.set(DemoPeople.LUCA_VERDI);
        desk1.open();
        desk1.domicile().municipality.set("Modena");
        desk1.domicile().province.set("MO");
        desk1.save();

        assertThat(desk1.areaToneProperty().get()).isEqualTo(CitizenFileModel.Tone.WARN);
        assertThat(desk1.areaProperty().get()).contains("fuori dall'area", "Centro per l'Impiego di Modena", "MO01");

        desk1.domicile().municipality.set("Casalecchio di Reno");
        desk1.domicile().province.set("BO");
        desk1.save();
        assertThat(desk1.areaToneProperty().get()).isEqualTo(CitizenFileModel.Tone.GOOD);
        assertThat(desk1.areaProperty().get()).contains("Casalecchio di Reno", "nell'area di questo ufficio");
    }

    @Test
    void theProfessionalPartIsSavedWhole() {
        atCounter.set(DemoPeople.LUCA_VERDI);
        desk1.open();
        desk1.addEducation(EducationTitle.LAUREA, "Economia", "Università di Modena", "2001");
        desk1.addExperience("Officine Felsinee", Occupations.isco08().find("432").orElseThrow(), "Magazziniere",
                "01/02/2010", "");
        desk1.addLanguage("Inglese", CefrLevel.B2);
        desk1.licences().add(DrivingLicence.B);
        desk1.skillsProperty().set("Muletto\nInventario");
        desk1.travelKmProperty().set("40");
        desk1.save();
        assertThat(desk1.noticeProperty().get().text()).contains("versione 1");

        desk2.searchProperty().set(DemoPeople.LUCA_VERDI);
        desk2.find();
        assertThat(desk2.education()).singleElement()
                .satisfies(e -> assertThat(desk2.educationText(e)).contains("Laurea triennale (ISCED 6)", "2001"));
        assertThat(desk2.experience()).singleElement().satisfies(e -> assertThat(desk2.experienceText(e))
                .contains("432 · Addetti alla registrazione dei materiali e ai trasporti", "in corso"));
        assertThat(desk2.languages()).hasSize(1);
        assertThat(desk2.licences()).containsExactly(DrivingLicence.B);
        assertThat(desk2.travelKmProperty().get()).isEqualTo("40");

        desk1.addExperience("X", null, "", "", "");
        assertThat(desk1.noticeProperty().get().text()).contains("ISCO-08");
        desk1.travelKmProperty().set("molti");
        desk1.save();
        assertThat(desk1.noticeProperty().get().text()).contains("molti");
    }

    @Test
    void twoDesksEditingTheSameFileGetAConflictWithBothVersions() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        desk1.open();
        desk2.open();
        desk1.phoneProperty().set("051 111");
        desk1.save();
        desk2.emailProperty().set("mario@example.org");
        desk2.save();

        CitizenFileModel.Conflict c = desk2.conflictProperty().get();
        assertThat(c).isNotNull();
        assertThat(desk2.noticeProperty().get().text()).contains("nulla è stato sovrascritto");
        assertThat(c.rows()).singleElement().satisfies(row -> {
            assertThat(row.part()).isEqualTo(ProfilePart.PERSONAL);
            assertThat(row.yours()).contains("mario@example.org").doesNotContain("051 111");
            assertThat(row.stored()).contains("051 111").doesNotContain("mario@example.org");
        });

        // Saved over knowingly: now the e-mail is there, and the phone desk 2 never had is gone.
        desk2.saveMineOverStored();
        assertThat(desk2.conflictProperty().get()).isNull();
        desk1.searchProperty().set(DemoPeople.MARIO_ROSSI);
        desk1.find();
        assertThat(desk1.emailProperty().get()).isEqualTo("mario@example.org");
        assertThat(desk1.headerProperty().get()).contains("versione 2");
    }

    @Test
    void keepingTheStoredVersionDropsTheEdit() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        desk1.open();
        desk2.open();
        desk1.citizenshipProperty().set("Italiana");
        desk1.save();
        desk2.citizenshipProperty().set("Francese");
        desk2.save();
        desk2.keepStored();

        assertThat(desk2.conflictProperty().get()).isNull();
        assertThat(desk2.citizenshipProperty().get()).isEqualTo("Italiana");
        desk2.phoneProperty().set("051 222");
        desk2.save();
        assertThat(desk2.conflictProperty().get()).isNull();
        assertThat(desk2.noticeProperty().get().text()).contains("versione 2");
    }
}
