package org.sportello.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.ContractType;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.TerritorySetup;
import org.sportello.model.profile.WorkingHours;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.profile.OfficeTerritory;
import org.sportello.server.storage.OfficeConnection;

/**
 * The demo's citizen files and company communication (issue 11): Mario Rossi and Giulia Bianchi get full
 * files (Giulia lives in Imola, outside the demo office's area, so F12 shows the competent office), Luca
 * Verdi keeps an empty one, and Officine Felsinee's hiring of Luca, handed in late, is on record with its
 * stamped copy. Written once: a file already saved is left as it is.
 */
final class DemoProfiles {
    private DemoProfiles() {
    }

    static void add(OfficeConnection office, LocalDate today) {
        new OfficeTerritory(office.database().dataSource()).replace(TerritorySetup.demo());
        // The demo's published password; a real office never runs this.
        OperatorSession operator = office.auth().login("mrossi", "demo".toCharArray());
        CodiceFiscale mario = CodiceFiscale.of(DemoPeople.MARIO_ROSSI, today);
        if (office.profiles().open(operator, mario).map(f -> f.profile().version() > 0).orElse(false)) {
            return;
        }
        office.profiles().save(operator, new CitizenProfile(mario.canonical(), mario.birthDate(), 0,
                new Personal("Rossi", "Mario", "Bologna", "Italiana",
                        new Address("Via Irnerio 12", "40126", "Bologna", "BO"), null, "+39 051 555 0101",
                        "mario.rossi@example.org"),
                new Professional(
                        List.of(new Education(EducationTitle.DIPLOMA_SUPERIORE, "Ragioneria", "ITC di Bologna", 2004)),
                        List.of(new Experience(DemoPeople.FELSINEE, "432", "Capo magazzino", today.minusYears(3),
                                today.minusMonths(7))),
                        List.of("Carrello elevatore", "Gestione inventario", "Excel"),
                        List.of(new LanguageSkill("Inglese", CefrLevel.B1)), Set.of(DrivingLicence.B, DrivingLicence.C),
                        new Availability(WorkingHours.FULL_TIME, Set.of(Shift.DAY, Shift.EVENING), 30))));
        CodiceFiscale giulia = CodiceFiscale.of(DemoPeople.GIULIA_BIANCHI, today);
        office.profiles().save(operator, new CitizenProfile(giulia.canonical(), giulia.birthDate(), 0,
                new Personal("Bianchi", "Giulia", "Bologna", "Italiana",
                        new Address("Via Emilia 40", "40026", "Imola", "BO"), null, "+39 0542 555 020", null),
                new Professional(
                        List.of(new Education(EducationTitle.LAUREA, "Economia aziendale", "Università di Bologna", 2015)),
                        List.of(new Experience(DemoPeople.FELSINEE, "431", "Impiegata amministrativa",
                                today.minusYears(1), null)),
                        List.of("Contabilità", "Paghe e contributi"),
                        List.of(new LanguageSkill("Inglese", CefrLevel.B2), new LanguageSkill("Francese", CefrLevel.A2)),
                        Set.of(DrivingLicence.B), new Availability(WorkingHours.PART_TIME, Set.of(Shift.DAY), 15))));
        office.communications().record(operator, new CompanyCommunication(JobMovement.Kind.HIRING,
                DemoPeople.FELSINEE_VAT, DemoPeople.FELSINEE, DemoPeople.LUCA_VERDI, "Verdi", "Luca",
                today.minusDays(2), today.plusMonths(6).minusDays(2), ContractType.FIXED_TERM, "932", 2));
    }
}
