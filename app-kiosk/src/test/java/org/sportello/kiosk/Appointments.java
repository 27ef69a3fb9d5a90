package org.sportello.kiosk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.CheckInRule;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.testing.TestOffice;

/** Appointments on a test office for the kiosk's check-in tests: the demo citizens, booked as a desk would. */
final class Appointments {
    /** A valid code with no dossier and no appointment. */
    static final String NOBODY = "RSSMRA85T10A562S";

    private final TestOffice office;

    private Appointments(TestOffice office) {
        this.office = office;
    }

    /** The demo citizens' files, so they can be booked. */
    static Appointments on(TestOffice office) {
        LocalDate today = office.clock().instant().atZone(TestOffice.ROME).toLocalDate();
        var c = office.connection();
        new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(today));
        return new Appointments(office);
    }

    /** Books {@code citizen} (a {@link DemoPeople} code) with {@code with} at {@code at}, as the desk of mrossi. */
    Appointment book(String citizen, String with, LocalDateTime at) {
        return office.connection().agenda().book(office.login("mrossi"), code(citizen), with,
                AppointmentKind.CASE_MANAGER_TALK, at, "");
    }

    /** What the QR of the appointment's letter holds. */
    String letter(Appointment a) {
        return office.connection().agenda().letter(office.login("mrossi"), a.id(), Locale.ITALIAN).seal().encode();
    }

    /** The check-in rule with another early margin (a supervisor's change). */
    void earlyMargin(Duration early) {
        office.connection().checkIn().saveRule(office.login("gverdi"),
                new CheckInRule(early, Duration.ofMinutes(15), true, "E"));
    }

    /** The office's check-in answered in the test's process, as the server answers a kiosk. */
    static CheckIns inProcess(TestOffice office) {
        return (code, taxCode, language, key, offer) -> code != null
                ? office.connection().checkIn().byLetter(code, language, key, offer)
                : office.connection().checkIn().byCard(taxCode, language, key, offer);
    }

    /** One character of the signature changed: the seal no longer verifies. */
    static String altered(String letter) {
        char last = letter.charAt(letter.length() - 2);
        return letter.substring(0, letter.length() - 2) + (last == 'A' ? 'B' : 'A') + letter.charAt(letter.length() - 1);
    }

    private CodiceFiscale code(String citizen) {
        return CodiceFiscale.of(citizen, office.clock().instant().atZone(TestOffice.ROME).toLocalDate());
    }
}
