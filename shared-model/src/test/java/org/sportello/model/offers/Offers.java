package org.sportello.model.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/** Offers and files the fit tests share: a warehouse worker in Bologna and offers around it. */
final class Offers {
    static final Workplace BOLOGNA = new Workplace("Bologna", "BO", 44.4949, 11.3426);
    static final Workplace IMOLA = new Workplace("Imola", "BO", 44.3533, 11.7141);
    static final Workplace MILANO = new Workplace("Milano", "MI", 45.4642, 9.19);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Offers() {
    }

    static JobOffer offer(String isco, Requirements r, OfferHours hours, Workplace where) {
        return new JobOffer("o-" + isco + "-" + where.municipality(), OfferSource.IMPORTED, "Magazziniere", null, null,
                where, isco, ContractType.PERMANENT, hours, 1, TODAY.minusDays(3), TODAY.plusDays(30), r, null);
    }

    /** Four years as a stores clerk (432), diploma, forklift and inventory, English B1, licence C, full time, 30 km. */
    static CitizenProfile warehouseWorker() {
        Personal personal = new Personal("Rossi", "Mario", "Bologna", "Italiana", null, null, "051 123456",
                "mario.rossi@example.org");
        Professional p = new Professional(
                List.of(new Education(EducationTitle.DIPLOMA_SUPERIORE, "Ragioneria", "ITC Rosa Luxemburg", 2004)),
                List.of(new Experience("Logistica Emiliana srl", "432", "Magazziniere", TODAY.minusYears(4), null),
                        new Experience("Bar Centrale", "513", "Cameriere", TODAY.minusYears(7), TODAY.minusYears(5))),
                List.of("Muletto", "Inventario", "Gestione ordini"),
                List.of(new LanguageSkill("Inglese", CefrLevel.B1)),
                Set.of(DrivingLicence.C), new Availability(WorkingHours.FULL_TIME, Set.of(Shift.DAY), 30));
        return new CitizenProfile("RSSMRA80A01A944I", LocalDate.of(1980, 1, 1), 1, personal, p);
    }
}
