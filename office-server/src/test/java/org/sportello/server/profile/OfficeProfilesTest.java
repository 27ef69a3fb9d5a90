package org.sportello.server.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.SportelloException;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.WorkingHours;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** The citizen file's store on a real office database: round trip, area, optimistic lock, access log. */
public class OfficeProfilesTest {
    public static final String CF = "RSSMRA85T10A944" + CodiceFiscale.checkCharacter("RSSMRA85T10A944");

    @TempDir
    Path dir;
    TestOffice office;
    OfficeProfiles profiles;
    OperatorSession mrossi;
    OperatorSession lbianchi;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        profiles = office.connection().profiles();
        mrossi = office.login("mrossi");
        lbianchi = office.login("lbianchi");
    }

    @AfterEach
    void close() {
        office.close();
    }

    public static CitizenProfile fresh(String town, String province) {
        Personal p = new Personal("Rossi", "Mario", "Bologna", "Italiana",
                new Address("Via Irnerio 1", "40126", town, province), null, "+39 051 000000", "mario@example.org");
        Professional w = new Professional(
                List.of(new Education(EducationTitle.DIPLOMA_SUPERIORE, "Ragioneria", "ITC Rosa Luxemburg", 2004)),
                List.of(new Experience("Officine Felsinee", "432", "Magazziniere", LocalDate.of(2020, 1, 1),
                        LocalDate.of(2026, 4, 24))),
                List.of("Muletto", "Inventario"), List.of(new LanguageSkill("Inglese", CefrLevel.B1)),
                Set.of(DrivingLicence.B), new Availability(WorkingHours.FULL_TIME, Set.of(Shift.DAY, Shift.NIGHT), 30));
        return new CitizenProfile(CF, null, 0, p, w);
    }

    private ProfileFile saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).file();
    }

    @Test
    void aNewFileIsCreatedAndReadBackWhole() {
        ProfileFile file = saved(profiles.save(mrossi, fresh("Bologna", "BO")));

        assertThat(file.profile().version()).isEqualTo(1);
        assertThat(file.profile().birthDate()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(file.editable()).isTrue();
        ProfileFile read = profiles.open(mrossi, CodiceFiscale.of(CF, LocalDate.of(2026, 11, 24))).orElseThrow();
        assertThat(read.profile().personal()).isEqualTo(fresh("Bologna", "BO").personal());
        assertThat(read.profile().professional()).isEqualTo(fresh("Bologna", "BO").professional());
        assertThat(read.competence().standing()).isEqualTo(Competence.Standing.THIS_OFFICE);
        // The dossier exists for the rest of the office too (known, not registered).
        assertThat(new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .find(CodiceFiscale.of(CF, LocalDate.of(2026, 11, 24)))).isPresent();
    }

    @Test
    void aDomicileOutsideTheAreaNamesTheCompetentOffice() {
        CitizenProfile p = fresh("Bologna", "BO");
        CitizenProfile imola = p.with(new Personal("Rossi", "Mario", "Bologna", "Italiana", p.personal().residence(),
                new Address("Via Emilia 3", "40026", "Imola", "BO"), null, null));
        ProfileFile file = saved(profiles.save(mrossi, imola));

        assertThat(file.competence().standing()).isEqualTo(Competence.Standing.OTHER_OFFICE);
        assertThat(file.competence().office().code()).isEqualTo("BO02");
        assertThat(file.competence().office().name()).contains("Imola");
        // Without a province, the town is still found; a town no office lists is said to be unknown.
        CitizenProfile v1 = file.profile();
        ProfileFile noProvince = saved(profiles.save(mrossi, v1.with(new Personal("Rossi", "Mario", "Bologna", null,
                new Address(null, null, "san lazzaro di savena", null), null, null, null))));
        assertThat(noProvince.competence().standing()).isEqualTo(Competence.Standing.THIS_OFFICE);
        ProfileFile far = saved(profiles.save(mrossi, noProvince.profile().with(new Personal("Rossi", "Mario", null,
                null, new Address(null, null, "Palermo", "PA"), null, null, null))));
        assertThat(far.competence().standing()).isEqualTo(Competence.Standing.UNKNOWN_AREA);
        assertThat(far.competence().municipality()).isEqualTo("Palermo");
    }

    @Test
    void aStaleSaveIsRefusedWithBothVersionsAndNothingIsOverwritten() {
        CitizenProfile v1 = saved(profiles.save(mrossi, fresh("Bologna", "BO"))).profile();
        // Two desks read version 1; the first saves a new phone, the second a new e-mail from version 1.
        CitizenProfile first = v1.with(new Personal("Rossi", "Mario", "Bologna", "Italiana", v1.personal().residence(),
                null, "+39 333 1111111", v1.personal().email()));
        CitizenProfile second = v1.with(new Personal("Rossi", "Mario", "Bologna", "Italiana", v1.personal().residence(),
                null, v1.personal().phone(), "nuova@example.org"));
        assertThat(saved(profiles.save(mrossi, first)).profile().version()).isEqualTo(2);

        SaveOutcome outcome = profiles.save(lbianchi, second);

        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) outcome;
        assertThat(conflict.yours().version()).isEqualTo(1);
        assertThat(conflict.yours().personal().email()).isEqualTo("nuova@example.org");
        assertThat(conflict.stored().version()).isEqualTo(2);
        assertThat(conflict.stored().personal().phone()).isEqualTo("+39 333 1111111");
        ProfileFile now = profiles.open(mrossi, CodiceFiscale.of(CF, LocalDate.of(2026, 11, 24))).orElseThrow();
        assertThat(now.profile().personal().email()).isEqualTo("mario@example.org");
        assertThat(now.profile().version()).isEqualTo(2);
        // Saved again from the stored version, the second desk's change goes through.
        CitizenProfile retry = conflict.stored().with(second.personal().withPhone(conflict.stored().personal().phone()));
        assertThat(saved(profiles.save(lbianchi, retry)).profile().personal().email()).isEqualTo("nuova@example.org");
    }

    @Test
    void aRenameFromTheCommandLineMakesAnOpenDeskStale() {
        CitizenProfile v1 = saved(profiles.save(mrossi, fresh("Bologna", "BO"))).profile();
        new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .rename(CodiceFiscale.of(CF, LocalDate.of(2026, 11, 24)), "Rossi", "Mario Luigi");

        assertThat(profiles.save(mrossi, v1.with(new Professional(List.of(), List.of(), List.of("Saldatura"),
                List.of(), Set.of(), null)))).isInstanceOf(SaveOutcome.Conflict.class);
    }

    @Test
    void everyOpenAndChangeIsLoggedWithWhoAndWhichPart() {
        CitizenProfile v1 = saved(profiles.save(mrossi, fresh("Bologna", "BO"))).profile();
        CodiceFiscale cf = CodiceFiscale.of(CF, LocalDate.of(2026, 11, 24));
        office.clock().advance(java.time.Duration.ofMinutes(1));
        profiles.open(lbianchi, cf);
        office.clock().advance(java.time.Duration.ofMinutes(1));
        saved(profiles.save(lbianchi, v1.with(new Professional(v1.professional().education(),
                v1.professional().experience(), List.of("Muletto"), v1.professional().languages(),
                Set.of(DrivingLicence.B, DrivingLicence.C), v1.professional().availability()))));

        var log = profiles.accessLog(cf).stream().map(line -> line.substring(0, line.lastIndexOf(' '))).toList();
        assertThat(log).hasSize(4);
        assertThat(log.subList(0, 2)).containsExactly("CREATE ALL mrossi", "VIEW ALL lbianchi");
        // One save, one row per part it changed (same instant: their order is not the log's to say).
        assertThat(log.subList(2, 4)).containsExactlyInAnyOrder("CHANGE SKILLS lbianchi", "CHANGE LICENCES lbianchi");
    }

    @Test
    void aWrongOccupationCodeOrEmailIsRefused() {
        CitizenProfile p = fresh("Bologna", "BO");
        assertThatThrownBy(() -> profiles.save(mrossi, p.with(new Professional(List.of(),
                List.of(new Experience("X", "999", null, null, null)), List.of(), List.of(), Set.of(), null))))
                .isInstanceOf(SportelloException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> profiles.save(mrossi, p.with(p.personal().withEmail("not-an-address"))))
                .isInstanceOf(SportelloException.class).hasMessageContaining("not-an-address");
    }

    @Test
    void searchFindsByCodePrefixOrNames() {
        saved(profiles.save(mrossi, fresh("Bologna", "BO")));
        assertThat(profiles.search(mrossi, "rssmra", 10)).extracting(m -> m.codiceFiscale()).containsExactly(CF);
        assertThat(profiles.search(mrossi, "mario ros", 10)).hasSize(1);
        assertThat(profiles.search(mrossi, "ROSSI M", 10)).hasSize(1);
        assertThat(profiles.search(mrossi, "bianchi", 10)).isEmpty();
        assertThatThrownBy(() -> profiles.search(mrossi, "r", 10)).isInstanceOf(SportelloException.class);
    }
}
