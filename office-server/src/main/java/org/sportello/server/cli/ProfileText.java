package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.Professional;
import org.sportello.server.cases.CaseTexts;

/** A citizen's file as {@code sportello dossier profile CF} prints it for a person, in the machine's language. */
final class ProfileText {
    private final CaseTexts texts;
    private final DateTimeFormatter dates;

    ProfileText(Locale locale) {
        this.texts = CaseTexts.in(locale);
        this.dates = DateTimeFormatter.ofPattern(texts.text("profile.datePattern"));
    }

    void print(PrintWriter out, ProfileFile file) {
        CitizenProfile p = file.profile();
        Personal me = p.personal();
        out.println(texts.text("profile.header", p.fullName(), p.codiceFiscale(), p.version()));
        if (!file.editable()) {
            out.println(texts.text("profile.readOnly", file.ownerCode()));
        }
        out.println(texts.text("profile.born", date(p.birthDate()), given(me.birthPlace()), given(me.citizenship())));
        out.println(texts.text("profile.residence", address(me.residence())));
        out.println(texts.text("profile.domicile", address(me.domicile())));
        out.println(texts.text("profile.contacts", given(me.phone()), given(me.email())));
        Competence c = file.competence();
        out.println(c.office() == null ? texts.text("profile.competence." + c.standing().name(), given(c.municipality()))
                : texts.text("profile.competence.OTHER_OFFICE", given(c.municipality()), c.office().name(),
                        c.office().code()));
        Professional work = p.professional();
        out.println(texts.text("profile.education"));
        for (Education e : work.education()) {
            String more = Stream.of(e.field(), e.institution(), e.year() == null ? null : String.valueOf(e.year()))
                    .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
            out.println(texts.text("profile.education.line", texts.text("profile.title." + e.title().name()),
                    e.title().isced(), more.isEmpty() ? "" : " · " + more));
        }
        out.println(texts.text("profile.experience"));
        for (Experience x : work.experience()) {
            out.println(texts.text("profile.experience.line", given(x.employer()), given(x.role()),
                    given(x.occupationCode()), date(x.from()),
                    x.to() == null ? texts.text("profile.present") : date(x.to())));
        }
        out.println(texts.text("profile.skills", list(work.skills())));
        out.println(texts.text("profile.languages", list(work.languages().stream()
                .map(l -> l.language() + (l.level() == null ? "" : " " + l.level().name())).toList())));
        out.println(texts.text("profile.licences", list(work.licences().stream().map(Enum::name).sorted().toList())));
        out.println(texts.text("profile.availability",
                texts.text("profile.hours." + work.availability().hours().name()),
                list(work.availability().shifts().stream().sorted()
                        .map(s -> texts.text("profile.shift." + s.name())).toList()),
                work.availability().travelKm()));
    }

    private String address(Address a) {
        if (a.isEmpty()) {
            return texts.text("profile.notGiven");
        }
        String place = Stream.of(a.postcode(), a.municipality(), a.province() == null ? null : "(" + a.province() + ")")
                .filter(s -> s != null).collect(Collectors.joining(" "));
        return Stream.of(a.street(), place).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    private String list(List<String> items) {
        return items.isEmpty() ? texts.text("profile.notGiven") : String.join(", ", items);
    }

    private String given(String s) {
        return s == null || s.isBlank() ? texts.text("profile.notGiven") : s;
    }

    private String date(LocalDate d) {
        return d == null ? texts.text("profile.notGiven") : dates.format(d);
    }
}
