package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.offers.OfficeOffers;

/**
 * Brings the other offices' vacancies into this office's catalogue (ADR 37): central's rows by changed_xid
 * ({@link XidPuller}), an open one put as an {@link OfferSource#OTHER_OFFICE} offer (its employer null when the
 * company did not agree to publish it: "riservato"), a closed or expired one withdrawn. The catalogue writes
 * its table and its search index itself, so the terminal and {@code sportello offers search} find the offer as
 * soon as the round ends. This office's own vacancies are in its catalogue already and are left alone.
 */
final class VacancyPull {
    private static final Logger LOG = Logger.getLogger(VacancyPull.class.getName());
    static final String STREAM = "pull-vacancies";

    /** Central's types of {@link VacancyPush#COLUMNS}, in order. */
    private static final List<String> TYPES = List.of("uuid", "uuid", "varchar", "varchar", "varchar", "varchar",
            "varchar", "varchar", "double", "double", "varchar", "varchar", "varchar", "int", "date", "date", "int",
            "int", "varchar", "varchar", "varchar", "varchar", "bigint", "varchar", "varchar", "varchar", "varchar");
    private static final int ID = 0;
    private static final int OFFICE = 1;
    private static final int OFFICE_CODE = VacancyPush.COLUMNS.indexOf("office_code");
    private static final int OFFICE_NAME = VacancyPush.COLUMNS.indexOf("office_name");
    private static final int OFFICE_ADDRESS = VacancyPush.COLUMNS.indexOf("office_address");
    private static final int OFFICE_PHONE = VacancyPush.COLUMNS.indexOf("office_phone");

    private VacancyPull() {
    }

    static XidPuller.Spec spec(OfficeIdentity me, OfficeOffers offers) {
        return new XidPuller.Spec(STREAM, "public.vacancy", VacancyPush.COLUMNS, TYPES,
                (central, office, rows) -> apply(me, offers, office, rows));
    }

    /**
     * Rows come in the order central wrote them, so the last state of each vacancy in the batch wins. The
     * catalogue commits on its own; should the cursor then fail to move, the next round applies the same rows
     * again, which changes nothing.
     */
    private static void apply(OfficeIdentity me, OfficeOffers offers, Connection office, List<Object[]> rows)
            throws SQLException {
        LocalDate today = offers.today();
        Map<String, JobOffer> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (me.id().equals(row[OFFICE])) {
                continue;
            }
            JobOffer offer = offer(row, publisher(office, row));
            boolean shown = offer != null && "OPEN".equals(row[VacancyPush.COLUMNS.indexOf("status")])
                    && !offer.expires().isBefore(today);
            latest.put(Vacancy.offerId((UUID) row[ID]), shown ? offer : null);
        }
        List<JobOffer> put = latest.values().stream().filter(java.util.Objects::nonNull).toList();
        offers.putAll(put);
        latest.forEach((id, offer) -> {
            if (offer == null) {
                offers.withdraw(id);
            }
        });
    }

    /**
     * Other offices' offers whose last day has passed leave the catalogue: nothing at central changes when a
     * vacancy expires, so the office notices by itself. Returns how many went.
     */
    static int withdrawExpired(Connection office, OfficeOffers offers) throws SQLException {
        List<String> expired = new ArrayList<>();
        try (PreparedStatement ps = office.prepareStatement("SELECT id FROM job_offer WHERE source = ?"
                + " AND expires < ?")) {
            ps.setString(1, OfferSource.OTHER_OFFICE.name());
            ps.setObject(2, offers.today());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expired.add(rs.getString(1));
                }
            }
        }
        expired.forEach(offers::withdraw);
        return expired.size();
    }

    /**
     * The office that published the row, as it named itself; when it gave no address, this office's territory
     * table (the set-up's {@code territory.office.CODE} lines) may know one. Null for a row an older build pushed.
     */
    private static OfferPublisher publisher(Connection office, Object[] r) throws SQLException {
        String name = (String) r[OFFICE_NAME];
        if (name == null || name.isBlank()) {
            return null;
        }
        String address = (String) r[OFFICE_ADDRESS];
        String code = (String) r[OFFICE_CODE];
        if ((address == null || address.isBlank()) && code != null) {
            try (PreparedStatement ps = office.prepareStatement("SELECT office_address FROM office_territory"
                    + " WHERE office_code = ? AND office_address IS NOT NULL FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    address = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return new OfferPublisher(name, address, (String) r[OFFICE_PHONE], Vacancy.reference((UUID) r[ID]));
    }

    /** The offer a central row describes; null (and a warning) when another office's row cannot be one. */
    private static JobOffer offer(Object[] r, OfferPublisher publisher) {
        try {
            Workplace where = new Workplace((String) r[6], (String) r[7], (Double) r[8], (Double) r[9]);
            Requirements asks = new Requirements((Integer) r[16], (Integer) r[17], split((String) r[18], "\n"),
                    languages((String) r[19]), licences((String) r[20]));
            return new JobOffer(Vacancy.offerId((UUID) r[ID]), OfferSource.OTHER_OFFICE, (String) r[2], (String) r[3],
                    (String) r[4], where, (String) r[10], ContractType.valueOf((String) r[11]),
                    OfferHours.valueOf((String) r[12]), (Integer) r[13], (LocalDate) r[14], (LocalDate) r[15], asks,
                    (String) r[5], publisher);
        } catch (RuntimeException e) {
            // One bad row from another office must not stop every office's pull; it stays out of the catalogue.
            LOG.log(Level.WARNING, "vacancy " + r[ID] + " of office " + r[OFFICE] + " is not a valid offer: "
                    + e.getMessage());
            return null;
        }
    }

    private static List<String> split(String joined, String by) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(by));
    }

    private static List<LanguageRequirement> languages(String joined) {
        List<LanguageRequirement> out = new ArrayList<>();
        for (String one : split(joined, ",")) {
            int colon = one.indexOf(':');
            out.add(new LanguageRequirement(one.substring(0, colon), CefrLevel.valueOf(one.substring(colon + 1))));
        }
        return out;
    }

    private static Set<DrivingLicence> licences(String joined) {
        Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
        for (String one : split(joined, ",")) {
            out.add(DrivingLicence.valueOf(one));
        }
        return out;
    }
}
