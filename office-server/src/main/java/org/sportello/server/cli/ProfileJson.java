package org.sportello.server.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.Professional;

/**
 * A citizen's file as {@code sportello dossier profile CF --json} prints it: the personal and professional
 * parts as the desk's F12 shows them, the office's competence and whether this office may change it. Dates
 * ISO, null when none; codes as the model names them (EducationTitle, CefrLevel, DrivingLicence, ...).
 */
final class ProfileJson {
    private ProfileJson() {
    }

    static String of(ProfileFile file) {
        CitizenProfile p = file.profile();
        JsonWriter j = new JsonWriter().beginObject()
                .field("cf", p.codiceFiscale())
                .field("name", p.fullName())
                .field("version", p.version())
                .name("editable").value(file.editable())
                .field("owner", file.ownerCode());
        competence(j.name("competence"), file.competence());
        personal(j.name("personal"), p.birthDate(), p.personal());
        professional(j.name("professional"), p.professional());
        return j.endObject().toString();
    }

    private static void competence(JsonWriter j, Competence c) {
        j.beginObject().field("standing", c.standing().name()).field("municipality", c.municipality());
        if (c.office() == null) {
            j.field("office", null);
        } else {
            j.name("office").beginObject().field("code", c.office().code()).field("name", c.office().name())
                    .field("address", c.office().address()).endObject();
        }
        j.endObject();
    }

    private static void personal(JsonWriter j, LocalDate birthDate, Personal p) {
        j.beginObject()
                .field("familyName", p.familyName())
                .field("givenNames", p.givenNames())
                .field("birthDate", date(birthDate))
                .field("birthPlace", p.birthPlace())
                .field("citizenship", p.citizenship());
        address(j.name("residence"), p.residence());
        address(j.name("domicile"), p.domicile());
        j.field("phone", p.phone()).field("email", p.email()).endObject();
    }

    private static void address(JsonWriter j, Address a) {
        j.beginObject().field("street", a.street()).field("postcode", a.postcode())
                .field("municipality", a.municipality()).field("province", a.province()).endObject();
    }

    private static void professional(JsonWriter j, Professional p) {
        j.beginObject();
        j.name("highestIsced");
        if (p.highestIsced() < 0) {
            j.value((String) null);
        } else {
            j.value(p.highestIsced());
        }
        j.name("education").beginArray();
        for (Education e : p.education()) {
            j.beginObject().field("title", e.title().name()).field("isced", e.title().isced())
                    .field("field", e.field()).field("institution", e.institution()).name("year");
            if (e.year() == null) {
                j.value((String) null);
            } else {
                j.value(e.year());
            }
            j.endObject();
        }
        j.endArray().name("experience").beginArray();
        for (Experience x : p.experience()) {
            String occupation = x.occupationCode() == null ? null : Occupations.isco08().find(x.occupationCode())
                    .map(o -> o.label(Locale.ENGLISH)).orElse(null);
            j.beginObject().field("employer", x.employer()).field("occupationCode", x.occupationCode())
                    .field("occupation", occupation).field("role", x.role()).field("from", date(x.from()))
                    .field("to", date(x.to())).endObject();
        }
        j.endArray().name("skills").beginArray();
        p.skills().forEach(j::value);
        j.endArray().name("languages").beginArray();
        for (LanguageSkill l : p.languages()) {
            j.beginObject().field("language", l.language()).field("level", l.level() == null ? null : l.level().name())
                    .endObject();
        }
        j.endArray().name("licences").beginArray();
        p.licences().stream().map(Enum::name).sorted().forEach(j::value);
        j.endArray().name("availability").beginObject()
                .field("hours", p.availability().hours() == null ? null : p.availability().hours().name());
        j.name("shifts").beginArray();
        p.availability().shifts().stream().map(Enum::name).sorted().forEach(j::value);
        j.endArray().field("travelKm", p.availability().travelKm()).endObject();
        j.endObject();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
