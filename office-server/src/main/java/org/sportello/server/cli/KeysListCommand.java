package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.seal.OwnKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The office's own sealing keys, oldest first: the active one seals new papers, retired ones",
            "still verify the papers they sealed. Public keys only; no private key is ever printed."})
final class KeysListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", negatable = false, description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            List<OwnKey> keys = office.keys().own();
            String code = office.directory().office().code();
            if (json) {
                JsonWriter w = new JsonWriter().beginObject().field("office", code);
                w.name("keys").beginArray();
                for (OwnKey k : keys) {
                    w.beginObject().field("keyId", k.key().keyId()).field("state", state(k))
                            .field("createdAt", k.createdAt().toString())
                            .field("retiredAt", k.retiredAt().map(Object::toString).orElse(null))
                            .field("publicKey", k.key().export()).endObject();
                }
                out.println(w.endArray().endObject());
                return ExitCode.OK.code();
            }
            out.printf("%-16s  %-7s  %-24s  %-24s%n", "KEY ID", "STATE", "CREATED", "RETIRED");
            for (OwnKey k : keys) {
                out.printf("%-16s  %-7s  %-24s  %-24s%n", k.key().keyId(), state(k), k.createdAt(),
                        k.retiredAt().map(Object::toString).orElse("-"));
            }
        }
        return ExitCode.OK.code();
    }

    private static String state(OwnKey k) {
        return k.active() ? "active" : "retired";
    }
}
