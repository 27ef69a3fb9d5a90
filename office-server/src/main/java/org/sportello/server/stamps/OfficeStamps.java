package org.sportello.server.stamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.documents.DocumentTexts;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.protocol.Subject;
import org.sportello.model.seal.OfficeKeys;
import org.sportello.model.stamps.Stamp;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.model.stamps.StampService;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.storage.JooqProtocolRegister;

/**
 * Attendance stamps in the office database (V13_4, ADR 35). A stamp is one row of {@code attendance_stamp} and one
 * entry of the protocol register, written in one transaction; the person's row is locked first, so two kiosks
 * stamping the same card at once make one stamp, and the unique (person, day) key holds even if they did not.
 * The office's clock and its own setting decide; the kiosk only says what the card says.
 */
public final class OfficeStamps implements StampService {
    /** The station named when the office itself is asked (the command line on the office machine). */
    public static final String LOCAL_STATION = "office";

    private final DataSource office;
    private final OfficeInfo info;
    private final JooqProtocolRegister register;
    private final OfficeKeys keys;
    private final Clock clock;

    public OfficeStamps(DataSource office, OfficeInfo info, JooqProtocolRegister register, OfficeKeys keys,
                        Clock clock) {
        this.office = Objects.requireNonNull(office, "office");
        this.info = Objects.requireNonNull(info, "info");
        this.register = Objects.requireNonNull(register, "register");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StampReceipt stamp(StampRequest request) {
        return stamp(request, LOCAL_STATION);
    }

    /** A stamp from the kiosk {@code station} (the name its certificate was enrolled under). */
    public StampReceipt stamp(StampRequest request, String station) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        LocalDate today = now.atZone(info.zone()).toLocalDate();
        if (!offered()) {
            throw new SportelloException(Problem.STAMPING_NOT_OFFERED);
        }
        String given = request.taxCode() == null ? "" : request.taxCode().strip();
        if (CodiceFiscale.check(given, today) instanceof CodiceFiscaleCheck.Invalid bad) {
            throw new SportelloException(Problem.INVALID_TAX_CODE, given, bad.detail());
        }
        if (request.cardExpiresOn() != null && request.cardExpiresOn().isBefore(today)) {
            throw new SportelloException(Problem.STAMP_CARD_EXPIRED, request.cardExpiresOn().toString());
        }
        String cf = CodiceFiscale.of(given, today).canonical();
        try {
            return stampOnce(cf, today, now, station);
        } catch (Clash clash) {
            // Another connection committed this person's stamp of the day first: answer that one.
            return stampOnce(cf, today, now, station);
        }
    }

    private StampReceipt stampOnce(String cf, LocalDate today, Instant now, String station) {
        return work(c -> {
            Dossier d = OfficeDossiers.read(c, cf).filter(x -> x.state().editable())
                    .orElseThrow(() -> new SportelloException(Problem.STAMP_CITIZEN_UNKNOWN));
            lockPerson(c, d.personId());
            Optional<Stamp> first = onDay(c, d.personId(), today);
            if (first.isPresent()) {
                return receipt(c, first.get(), true);
            }
            ProtocolEntry entry = register.registerByStation(c, station, new ProtocolRequest(
                    ProtocolKind.ATTENDANCE_STAMPING, new Subject.Person(CodiceFiscale.of(cf, today)),
                    d.familyName() + " " + d.givenNames(), new DocumentTexts(Locale.ITALIAN).text("stamp.title")),
                    (number, at) -> digest(number, at, cf, station), now);
            Stamp stamp = new Stamp(UuidV7.next(clock), cf, now, station, entry.number());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance_stamp (id, office_id, person_id,"
                    + " stamp_day, stamped_at, station, protocol_entry_id, protocol_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, stamp.id());
                ps.setObject(2, info.id());
                ps.setObject(3, d.personId());
                ps.setObject(4, today);
                ps.setObject(5, utc(now));
                ps.setString(6, station);
                ps.setObject(7, entry.id());
                ps.setString(8, entry.number().format());
                ps.executeUpdate();
            }
            return new StampReceipt(stamp, info.name(), info.zone(),
                    keys.signer().seal(entry.number(), entry.documentHash()), false);
        });
    }

    @Override
    public List<Stamp> of(OperatorSession session, CodiceFiscale code) {
        session.require(Role.OPERATOR, "see a citizen's attendance stamps");
        return work(c -> {
            Dossier d = OfficeDossiers.read(c, code.canonical())
                    .orElseThrow(() -> new SportelloException(Problem.PERSON_UNKNOWN, code.canonical()));
            return of(c, d.personId());
        });
    }

    /** The person's stamps, latest first, in the caller's transaction (the case view reads them so). */
    public static List<Stamp> of(Connection c, UUID person) throws SQLException {
        List<Stamp> stamps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE s.person_id = ? ORDER BY s.stamped_at DESC")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stamps.add(row(rs));
                }
            }
        }
        return stamps;
    }

    /** Whether this office offers stamping now (set-up key stamping.offered): read each time, so a change applies. */
    public boolean offered() {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT stamping_offered FROM office WHERE id = ?")) {
                ps.setObject(1, info.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    private static final String SELECT = "SELECT s.id, p.tax_code, s.stamped_at, s.station, s.protocol_code"
            + " FROM attendance_stamp s JOIN person p ON p.id = s.person_id";

    private static Stamp row(ResultSet rs) throws SQLException {
        return new Stamp(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), ProtocolNumber.parse(rs.getString(5)).orElseThrow());
    }

    private static Optional<Stamp> onDay(Connection c, UUID person, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE s.person_id = ? AND s.stamp_day = ?")) {
            ps.setObject(1, person);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The first stamp of the day again, with its seal (Ed25519 is deterministic: the same QR as the first paper). */
    private StampReceipt receipt(Connection c, Stamp stamp, boolean repeated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT document_sha256 FROM protocol_entry WHERE code = ?")) {
            ps.setString(1, stamp.number().format());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new StampReceipt(stamp, info.name(), info.zone(),
                        keys.signer().seal(stamp.number(), new DocumentHash(rs.getString(1))), repeated);
            }
        }
    }

    private static void lockPerson(Connection c, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM person WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, person);
            ps.executeQuery().close();
        }
    }

    /** What the register keeps of a stamp: a pure function of what the paper says, as a digest must be. */
    static DocumentHash digest(ProtocolNumber number, Instant at, String taxCode, String station) {
        return DocumentHash.sha256(String.join("\n", "sportello-attendance-stamp-v1", number.format(), taxCode,
                at.toString(), station));
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    /** A unique key refused the row: someone else's commit won, and reading again finds it. */
    private static final class Clash extends RuntimeException {
        Clash(SQLException cause) {
            super(cause);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        try (Connection c = office.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                        throw new Clash(sql);
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the office database: " + e.getMessage(), e);
        }
    }
}
