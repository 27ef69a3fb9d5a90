package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sportello operators list}: who may log in, with which role, and who is locked out. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the office's operators: login, name, role, and whether they are inactive or locked out.")
final class OperatorsListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", negatable = false, description = "Print one JSON document instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            ZoneId zone = office.directory().office().zone();
            List<OperatorAccount> operators = office.operators().list();
            Instant now = Instant.now();
            out.println(json ? json(operators, now) : table(operators, now, zone));
        }
        return ExitCode.OK.code();
    }

    private static String table(List<OperatorAccount> operators, Instant now, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        StringBuilder s = new StringBuilder();
        for (OperatorAccount a : operators) {
            s.append(a.login()).append('\t').append(a.displayName()).append('\t')
                    .append(a.role().name().toLowerCase(Locale.ROOT));
            if (!a.active()) {
                s.append("\tinactive");
            }
            if (a.lockedAt(now)) {
                s.append("\tlocked until ").append(time.format(a.lockedUntil().orElseThrow().atZone(zone)));
            } else if (a.failedLogins() > 0) {
                s.append('\t').append(a.failedLogins()).append(" wrong password(s)");
            }
            s.append('\n');
        }
        return operators.isEmpty() ? "No operators." : s.toString().stripTrailing();
    }

    private static String json(List<OperatorAccount> operators, Instant now) {
        JsonWriter w = new JsonWriter().beginObject().name("operators").beginArray();
        for (OperatorAccount a : operators) {
            w.beginObject().field("login", a.login()).field("name", a.displayName())
                    .field("role", a.role().name().toLowerCase(Locale.ROOT))
                    .name("active").value(a.active())
                    .name("locked").value(a.lockedAt(now))
                    .field("lockedUntil", a.lockedAt(now) ? a.lockedUntil().orElseThrow().toString() : null)
                    .field("failedLogins", a.failedLogins())
                    .endObject();
        }
        return w.endArray().endObject().toString();
    }
}
