package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.escpos.DocumentReceiptLayout;
import org.sportello.devices.transport.Transport;
import org.sportello.model.archive.ArchivedDocument;
import org.sportello.model.documents.ShortReceipt;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.seal.SealPayload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "receipt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the short receipt of an issued document on an ESC/POS ticket printer: office, kind,",
            "protocol number (also as Code 128), date and time, the subject masked, and the document's own QR seal."})
final class DocumentsReceiptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    PrinterOptions printer;

    @Option(names = "--number", required = true, paramLabel = "PROTOCOL", description = "e.g. BO01-2026-000123")
    String number;

    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG", description = "it or en (default: it).")
    Language language;

    @Override
    public Integer call() {
        ProtocolNumber protocol = ProtocolNumber.parse(number).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "--number " + number + " is not a protocol number (OFFICE-YEAR-NUMBER, e.g. BO01-2026-000123)"));
        byte[] bytes;
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            ArchivedDocument archived = office.archive().find(protocol).orElseThrow(() -> new CliFailure(
                    ExitCode.REFUSED, "there is no issued document " + protocol + " in this office's archive"));
            ProtocolEntry entry = archived.entry();
            if (entry.isAnnulled()) {
                throw new CliFailure(ExitCode.REFUSED, protocol + " was annulled: no receipt for a void paper");
            }
            // The very QR printed on the A4 document, as archived with it; papers archived before seals
            // were kept get the active key's (deterministic Ed25519: the same one unless keys rotated since).
            SealPayload seal = archived.seal().orElseGet(() -> office.keys().signer().seal(entry.number(),
                    entry.documentHash()));
            ShortReceipt text = ShortReceipt.of(entry, seal, office.directory().office().name(), language.locale(),
                    office.directory().office().zone());
            bytes = layout(text);
        }
        try (Transport link = DeviceLinks.open(printer.transport)) {
            link.write(bytes, Duration.ofSeconds(30));
            DeviceLinks.letTheWireDrain(printer.transport, bytes.length);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.DEVICE, "the receipt did not reach the printer: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Receipt of " + protocol + " sent to " + printer.describe() + " (" + bytes.length + " bytes)");
        return ExitCode.OK.code();
    }

    byte[] layout(ShortReceipt r) {
        return new DocumentReceiptLayout(printer.profile()).render(toPrintout(r));
    }

    static DocumentReceipt toPrintout(ShortReceipt r) {
        return new DocumentReceipt(r.officeName(), r.heading(), r.kindTitle(), r.protocolLine(), r.protocolNumber(),
                r.dateLine(), r.subjectLine(), r.sealPayload(), r.footerLine());
    }
}
