package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "kinds", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the document kinds, with their titles and how the register files them.")
final class DocumentsKindsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocumentTexts it = new DocumentTexts(Locale.ITALIAN);
        DocumentTexts en = new DocumentTexts(Locale.ENGLISH);
        for (DocumentKind kind : DocumentKind.values()) {
            String key = "title." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.');
            out.printf("%-30s %-32s %s%n", kind.slug(), kind.protocolKind(), en.text(key));
            out.printf("%-30s %-32s %s%n", "", "", it.text(key));
        }
        return ExitCode.OK.code();
    }
}
