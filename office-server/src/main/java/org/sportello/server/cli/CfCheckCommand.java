package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.sportello.codicefiscale.BirthPlaces;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate a codice fiscale (check character, omocodia) and decode birth date, sex and place. "
                + "Exit 0 when valid, 3 when not.")
final class CfCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The codice fiscale, 16 characters.")
    String code;

    @Option(names = "--json", negatable = false, description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CodiceFiscaleCheck check = CodiceFiscale.check(code, LocalDate.now(ZoneId.of("Europe/Rome")));
        switch (check) {
            case CodiceFiscaleCheck.Valid v -> {
                CodiceFiscale cf = v.codiceFiscale();
                var place = BirthPlaces.bundled().find(cf.birthPlace());
                if (json) {
                    out.println(new JsonWriter().beginObject()
                            .name("valid").value(true)
                            .field("code", cf.code())
                            .field("canonical", cf.canonical())
                            .name("omocodic").value(cf.isOmocodic())
                            .field("birthDate", cf.birthDate().toString())
                            .field("sex", cf.sex().name())
                            .field("birthPlaceCode", cf.birthPlace())
                            .field("birthPlace", place.map(BirthPlaces.Place::describe).orElse(null))
                            .name("bornAbroad").value(cf.bornAbroad())
                            .endObject());
                } else {
                    out.println(cf.code() + ": valid");
                    if (cf.isOmocodic()) {
                        out.println("Omocodia variant of " + cf.canonical());
                    }
                    // The town or state by its official name; the code alone when the list does not know it.
                    out.println("Born:  " + cf.birthDate() + (cf.bornAbroad() ? " abroad, in " : " in ")
                            + place.map(p -> p.describe() + " (" + cf.birthPlace() + ")")
                                    .orElse("a place with cadastral code " + cf.birthPlace()
                                            + ", not in Sportello's list"));
                    out.println("Sex:   " + cf.sex().name().toLowerCase(java.util.Locale.ROOT));
                }
                return ExitCode.OK.code();
            }
            case CodiceFiscaleCheck.Invalid i -> {
                if (json) {
                    out.println(new JsonWriter().beginObject()
                            .name("valid").value(false)
                            .field("input", code)
                            .field("error", i.error().name())
                            .field("message", i.detail())
                            .endObject());
                    return ExitCode.REFUSED.code();
                }
                throw new CliFailure(ExitCode.REFUSED, code.strip() + " is not a valid codice fiscale: " + i.detail());
            }
        }
    }
}
