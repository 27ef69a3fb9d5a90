package org.sportello.server.vacancies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
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
import org.sportello.model.profile.WorkingHours;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.testing.TestOffice;

/** Citizens and a vacancy around Bologna for the vacancy tests: three with a DID, one without. */
public final class VacancyFixture {
    public static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    public static final String MARIO = cf("RSSMRA85T10A944");
    public static final String ANNA = cf("BNCNNA90A41A944");
    public static final String LUCA = cf("VRDLCU75C15A944");
    public static final String NODID = cf("NRIPLA80A01A944");
    /** The places the tests know (the catalogue's places file stands in here). */
    public static final PlaceCoordinates PLACES = (m, p) -> Optional.ofNullable(Map.of(
            "BOLOGNA", new Workplace("Bologna", "BO", 44.4949, 11.3426),
            "IMOLA", new Workplace("Imola", "BO", 44.3533, 11.7141),
            "CASALECCHIO DI RENO", new Workplace("Casalecchio di Reno", "BO", 44.4747, 11.2766))
            .get(m.strip().toUpperCase(java.util.Locale.ROOT)));

    private VacancyFixture() {
    }

    public static String cf(String fifteen) {
        return fifteen + CodiceFiscale.checkCharacter(fifteen);
    }

    /** Mario fits the warehouse vacancy best, Anna partly, Luca (a cook) least; Paola has no DID. */
    public static void citizens(TestOffice office, OperatorSession op) {
        citizens(office.connection(), op, TODAY);
    }

    /** The same citizens on any office, their dates relative to {@code today}. */
    public static void citizens(org.sportello.server.storage.OfficeConnection office, OperatorSession op,
                                LocalDate today) {
        save(office, op, MARIO, "Rossi", "Mario", "Bologna", "+39 051 111111", "mario.rossi@example.org",
                new Professional(List.of(new Education(EducationTitle.DIPLOMA_SUPERIORE, "Ragioneria", null, 2004)),
                        List.of(new Experience("Logistica Emiliana", "432", "Magazziniere", today.minusYears(5),
                                today.minusMonths(2))),
                        List.of("Muletto", "Inventario"), List.of(new LanguageSkill("Inglese", CefrLevel.B1)),
                        Set.of(DrivingLicence.C), new Availability(WorkingHours.FULL_TIME, Set.of(Shift.DAY), 30)));
        save(office, op, ANNA, "Bianchi", "Anna", "Imola", "+39 0542 222222", "anna.bianchi@example.org",
                new Professional(List.of(new Education(EducationTitle.LICENZA_MEDIA, null, null, 2005)),
                        List.of(new Experience("Coop Adriatica", "522", "Commessa", today.minusYears(3), null)),
                        List.of("Cassa", "Muletto"), List.of(), Set.of(DrivingLicence.B),
                        new Availability(WorkingHours.EITHER, Set.of(), 50)));
        save(office, op, LUCA, "Verdi", "Luca", "Casalecchio di Reno", null, null,
                new Professional(List.of(), List.of(new Experience("Trattoria", "512", "Cuoco", today.minusYears(10),
                        today.minusYears(1))), List.of("HACCP"), List.of(), Set.of(),
                        new Availability(WorkingHours.PART_TIME, Set.of(), 10)));
        save(office, op, NODID, "Neri", "Paola", "Bologna", null, null, new Professional(List.of(),
                List.of(new Experience("Magazzini Generali", "432", "Magazziniera", today.minusYears(8), null)),
                List.of("Muletto", "Inventario"), List.of(), Set.of(DrivingLicence.C), Availability.UNSAID));
        for (String code : List.of(MARIO, ANNA, LUCA)) {
            office.cases().declareDid(op, CodiceFiscale.of(code, today), today.minusMonths(1),
                    DidChannel.DESK);
        }
    }

    private static void save(org.sportello.server.storage.OfficeConnection office, OperatorSession op, String code, String family, String given,
                             String town, String phone, String email, Professional work) {
        Personal p = new Personal(family, given, null, "Italiana", new Address("Via Roma 1", "40100", town, "BO"), null,
                phone, email);
        office.profiles().save(op, new CitizenProfile(code, null, 0, p, work));
    }

    /** A warehouse worker in Bologna: stores clerk (432), 2 years, diploma, forklift, licence C, full time. */
    public static Vacancy warehouse() {
        return warehouse(TODAY);
    }

    public static Vacancy warehouse(LocalDate today) {
        return new Vacancy(null, "IT01234567897", "Officine Felsinee S.r.l.", "selezione@felsinee.example",
                false, "Magazziniere con patente C", "Carico e scarico, inventario", "432",
                new Workplace("Bologna", "BO", null, null), ContractType.FIXED_TERM, OfferHours.FULL, 2,
                new Requirements(3, 2, List.of("muletto", "inventario"),
                        List.of(new LanguageRequirement("en", CefrLevel.A2)), Set.of(DrivingLicence.C)),
                today, today.plusDays(30), Vacancy.Status.OPEN, null, 0);
    }
}
