package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "documents", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Certificates and receipts: list the kinds, render samples, verify a document's code, "
                + "file scanned pages, reprint from the archive.",
        subcommands = {DocumentsKindsCommand.class, DocumentsRenderCommand.class, DocumentsVerifyCommand.class,
            DocumentsIntakeCommand.class, DocumentsReprintCommand.class, DocumentsReceiptCommand.class,
            DocumentsIssueCommand.class})
final class DocumentsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: kinds, render, verify, intake, reprint or receipt");
    }
}
