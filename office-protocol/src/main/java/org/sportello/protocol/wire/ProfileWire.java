package org.sportello.protocol.wire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sportello.model.company.CommunicationCheck;
import org.sportello.model.company.CommunicationField;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.ContractType;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.company.Lateness;
import org.sportello.model.company.RecordedCommunication;
import org.sportello.model.person.JobMovement;
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
import org.sportello.model.profile.PersonMatch;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.WorkingHours;
import org.sportello.protocol.v1.AddressMsg;
import org.sportello.protocol.v1.CommunicationCheckMsg;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.CompetenceMsg;
import org.sportello.protocol.v1.CommunicationDeadlineMsg;
import org.sportello.protocol.v1.DeadlinesMsg;
import org.sportello.protocol.v1.EducationMsg;
import org.sportello.protocol.v1.ExperienceMsg;
import org.sportello.protocol.v1.LanguageMsg;
import org.sportello.protocol.v1.LatenessMsg;
import org.sportello.protocol.v1.PersonMatchMsg;
import org.sportello.protocol.v1.ProfileConflictMsg;
import org.sportello.protocol.v1.ProfileFileMsg;
import org.sportello.protocol.v1.ProfileMsg;
import org.sportello.protocol.v1.RecordedCommunicationMsg;
import org.sportello.protocol.v1.SaveProfileReply;

/**
 * Citizens' files and company communications on the wire. Reading a message back throws
 * {@link IllegalArgumentException} naming the field for a value the model does not know (an unknown
 * enum name, a malformed date), which the server answers as INVALID_ARGUMENT.
 */
public final class ProfileWire {
    private ProfileWire() {
    }

    // ------------------------------------------------------------------ profile

    public static ProfileMsg toMsg(CitizenProfile p) {
        Personal s = p.personal();
        Professional w = p.professional();
        ProfileMsg.Builder b = ProfileMsg.newBuilder()
                .setCodiceFiscale(p.codiceFiscale())
                .setBirthDate(p.birthDate() == null ? "" : p.birthDate().toString())
                .setVersion(p.version())
                .setFamilyName(text(s.familyName()))
                .setGivenNames(text(s.givenNames()))
                .setBirthPlace(text(s.birthPlace()))
                .setCitizenship(text(s.citizenship()))
                .setResidence(toMsg(s.residence()))
                .setDomicile(toMsg(s.domicile()))
                .setPhone(text(s.phone()))
                .setEmail(text(s.email()))
                .addAllSkills(w.skills())
                .setWorkingHours(w.availability().hours().name())
                .setTravelKm(w.availability().travelKm());
        w.education().forEach(e -> b.addEducation(EducationMsg.newBuilder().setTitle(e.title().name())
                .setField(text(e.field())).setInstitution(text(e.institution()))
                .setYear(e.year() == null ? 0 : e.year())));
        w.experience().forEach(e -> b.addExperience(ExperienceMsg.newBuilder().setEmployer(e.employer())
                .setOccupationCode(text(e.occupationCode())).setRole(text(e.role()))
                .setFrom(date(e.from())).setTo(date(e.to()))));
        w.languages().forEach(l -> b.addLanguages(LanguageMsg.newBuilder().setLanguage(l.language())
                .setLevel(l.level().name())));
        EnumSet.copyOf(w.licences().isEmpty() ? EnumSet.noneOf(DrivingLicence.class) : w.licences())
                .forEach(l -> b.addLicences(l.name()));
        (w.availability().shifts().isEmpty() ? EnumSet.noneOf(Shift.class) : EnumSet.copyOf(w.availability().shifts()))
                .forEach(x -> b.addShifts(x.name()));
        return b.build();
    }

    public static CitizenProfile profileFromMsg(ProfileMsg m) {
        Personal personal = new Personal(m.getFamilyName(), m.getGivenNames(), m.getBirthPlace(), m.getCitizenship(),
                addressFromMsg(m.getResidence()), addressFromMsg(m.getDomicile()), m.getPhone(), m.getEmail());
        List<Education> education = m.getEducationList().stream().map(e -> new Education(
                known(EducationTitle.class, e.getTitle(), "education title"), e.getField(), e.getInstitution(),
                e.getYear() == 0 ? null : e.getYear())).toList();
        List<Experience> experience = m.getExperienceList().stream().map(e -> {
            if (e.getEmployer().isBlank()) {
                throw new IllegalArgumentException("a work experience needs the employer");
            }
            return new Experience(e.getEmployer(), e.getOccupationCode(), e.getRole(), date(e.getFrom(), "from"),
                    date(e.getTo(), "to"));
        }).toList();
        List<LanguageSkill> languages = m.getLanguagesList().stream().map(l -> {
            if (l.getLanguage().isBlank()) {
                throw new IllegalArgumentException("a language needs its name");
            }
            return new LanguageSkill(l.getLanguage(), known(CefrLevel.class, l.getLevel(), "CEFR level"));
        }).toList();
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        m.getLicencesList().forEach(l -> licences.add(known(DrivingLicence.class, l, "driving licence")));
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        m.getShiftsList().forEach(x -> shifts.add(known(Shift.class, x, "shift")));
        WorkingHours hours = m.getWorkingHours().isEmpty() ? WorkingHours.EITHER
                : known(WorkingHours.class, m.getWorkingHours(), "working hours");
        Availability availability = new Availability(hours, shifts, m.getTravelKm());
        return new CitizenProfile(m.getCodiceFiscale(), m.getBirthDate().isEmpty() ? null : date(m.getBirthDate(),
                "birth_date"), m.getVersion(), personal, new Professional(education, experience, m.getSkillsList(),
                languages, licences, availability));
    }

    public static AddressMsg toMsg(Address a) {
        return AddressMsg.newBuilder().setStreet(text(a.street())).setPostcode(text(a.postcode()))
                .setMunicipality(text(a.municipality())).setProvince(text(a.province())).build();
    }

    public static Address addressFromMsg(AddressMsg m) {
        return new Address(m.getStreet(), m.getPostcode(), m.getMunicipality(), m.getProvince());
    }

    public static ProfileFileMsg toMsg(ProfileFile f) {
        Competence c = f.competence();
        CompetenceMsg.Builder cm = CompetenceMsg.newBuilder().setStanding(c.standing().name())
                .setMunicipality(text(c.municipality()));
        if (c.office() != null) {
            cm.setOfficeCode(c.office().code()).setOfficeName(c.office().name())
                    .setOfficeAddress(text(c.office().address()));
        }
        return ProfileFileMsg.newBuilder().setProfile(toMsg(f.profile())).setCompetence(cm)
                .setEditable(f.editable()).setOwnerCode(text(f.ownerCode())).build();
    }

    public static ProfileFile fileFromMsg(ProfileFileMsg m) {
        CompetenceMsg c = m.getCompetence();
        Competence.Standing standing = known(Competence.Standing.class, c.getStanding(), "standing");
        Competence competence = new Competence(standing, c.getMunicipality().isEmpty() ? null : c.getMunicipality(),
                standing == Competence.Standing.OTHER_OFFICE ? new Competence.OfficeRef(c.getOfficeCode(),
                        c.getOfficeName(), c.getOfficeAddress().isEmpty() ? null : c.getOfficeAddress()) : null);
        return new ProfileFile(profileFromMsg(m.getProfile()), competence, m.getEditable(), m.getOwnerCode());
    }

    public static SaveProfileReply toMsg(SaveOutcome outcome) {
        return switch (outcome) {
            case SaveOutcome.Saved s -> SaveProfileReply.newBuilder().setSaved(toMsg(s.file())).build();
            case SaveOutcome.Conflict c -> SaveProfileReply.newBuilder().setConflict(ProfileConflictMsg.newBuilder()
                    .setYours(toMsg(c.yours())).setStored(toMsg(c.stored()))).build();
        };
    }

    public static SaveOutcome outcomeFromMsg(SaveProfileReply m) {
        return switch (m.getOutcomeCase()) {
            case SAVED -> new SaveOutcome.Saved(fileFromMsg(m.getSaved()));
            case CONFLICT -> new SaveOutcome.Conflict(profileFromMsg(m.getConflict().getYours()),
                    profileFromMsg(m.getConflict().getStored()));
            case OUTCOME_NOT_SET -> throw new IllegalArgumentException("a save answer says neither saved nor conflict");
        };
    }

    public static PersonMatchMsg toMsg(PersonMatch p) {
        return PersonMatchMsg.newBuilder().setCodiceFiscale(p.codiceFiscale()).setFamilyName(p.familyName())
                .setGivenNames(p.givenNames()).setBirthDate(date(p.birthDate())).build();
    }

    public static PersonMatch matchFromMsg(PersonMatchMsg m) {
        return new PersonMatch(m.getCodiceFiscale(), m.getFamilyName(), m.getGivenNames(),
                date(m.getBirthDate(), "birth_date"));
    }

    // ------------------------------------------------------------------ company communications

    public static CommunicationRequest.Builder toMsg(CompanyCommunication c) {
        return CommunicationRequest.newBuilder()
                .setKind(c.kind() == null ? "" : c.kind().name())
                .setEmployerCode(text(c.employerCode()))
                .setEmployerName(text(c.employerName()))
                .setWorkerCode(text(c.workerCode()))
                .setWorkerFamilyName(text(c.workerFamilyName()))
                .setWorkerGivenNames(text(c.workerGivenNames()))
                .setEventOn(date(c.eventOn()))
                .setEndOn(date(c.endOn()))
                .setContractType(c.contractType() == null ? "" : c.contractType().name())
                .setOccupationCode(text(c.occupationCode()))
                .setPages(c.pages());
    }

    public static CompanyCommunication communicationFromMsg(CommunicationRequest m) {
        return new CompanyCommunication(
                m.getKind().isEmpty() ? null : known(JobMovement.Kind.class, m.getKind(), "kind"),
                m.getEmployerCode(), m.getEmployerName(), m.getWorkerCode(), m.getWorkerFamilyName(),
                m.getWorkerGivenNames(), date(m.getEventOn(), "event_on"), date(m.getEndOn(), "end_on"),
                m.getContractType().isEmpty() ? null : known(ContractType.class, m.getContractType(), "contract_type"),
                m.getOccupationCode(), m.getPages());
    }

    public static LatenessMsg toMsg(Lateness l) {
        return LatenessMsg.newBuilder().setDeadline(l.deadline().toString()).setHandedInOn(l.handedInOn().toString())
                .setLate(l.late()).setDaysLate(l.daysLate()).build();
    }

    public static Lateness latenessFromMsg(LatenessMsg m) {
        return new Lateness(date(m.getDeadline(), "deadline"), date(m.getHandedInOn(), "handed_in_on"), m.getLate(),
                m.getDaysLate());
    }

    public static CommunicationCheckMsg toMsg(CommunicationCheck c) {
        CommunicationCheckMsg.Builder b = CommunicationCheckMsg.newBuilder();
        c.missing().forEach(f -> b.addMissing(f.name()));
        c.lateness().ifPresent(l -> b.setLateness(toMsg(l)));
        return b.build();
    }

    public static CommunicationCheck checkFromMsg(CommunicationCheckMsg m) {
        return new CommunicationCheck(m.getMissingList().stream()
                .map(f -> known(CommunicationField.class, f, "missing")).toList(),
                m.hasLateness() ? Optional.of(latenessFromMsg(m.getLateness())) : Optional.empty());
    }

    public static RecordedCommunicationMsg toMsg(RecordedCommunication r) {
        return RecordedCommunicationMsg.newBuilder().setId(r.id().toString()).setLateness(toMsg(r.lateness()))
                .setStampedCopy(DocumentWire.toMsg(r.stampedCopy())).build();
    }

    public static RecordedCommunication recordedFromMsg(RecordedCommunicationMsg m, CompanyCommunication sent) {
        return new RecordedCommunication(UUID.fromString(m.getId()), sent, latenessFromMsg(m.getLateness()),
                DocumentWire.issuedFromMsg(m.getStampedCopy()));
    }

    public static DeadlinesMsg toMsg(List<DeadlineRule> rules) {
        DeadlinesMsg.Builder b = DeadlinesMsg.newBuilder();
        rules.forEach(r -> b.addRules(CommunicationDeadlineMsg.newBuilder().setKind(r.kind().name()).setDays(r.days())));
        return b.build();
    }

    public static List<DeadlineRule> deadlinesFromMsg(DeadlinesMsg m) {
        return m.getRulesList().stream().map(r -> new DeadlineRule(known(JobMovement.Kind.class, r.getKind(), "kind"),
                r.getDays())).toList();
    }

    // ------------------------------------------------------------------ values

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a date (YYYY-MM-DD)");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
