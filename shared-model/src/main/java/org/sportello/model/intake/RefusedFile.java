package org.sportello.model.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file in the intake folder that was not opened at all, and why. {@code found} and {@code limit} are
 * in the reason's unit (bytes, pixels, pages); {@code target} is where a link leads, or the page of a
 * PDF that is too large. {@link #explain} is the line the report shows, from {@code refusals*.properties}.
 */
public record RefusedFile(String file, Reason reason, long found, long limit, String target) {

    public enum Reason {
        /** Larger than {@link IntakeLimits#maxFileBytes()}. */
        TOO_LARGE,
        /** An image whose header claims more than {@link IntakeLimits#maxPixels()}. */
        TOO_MANY_PIXELS,
        /** A PDF page (or a picture inside it) that would be more than {@link IntakeLimits#maxPixels()}. */
        PDF_PAGE_TOO_LARGE,
        /** A PDF with more than {@link IntakeLimits#maxPages()} pages. */
        TOO_MANY_PAGES,
        /** A symbolic link to something outside the intake folder. */
        LINK_OUT_OF_FOLDER,
        /** A symbolic link to a folder: folders are not entered, links to them least of all. */
        LINKED_FOLDER,
        /** A symbolic link that leads nowhere. */
        BROKEN_LINK
    }

    public RefusedFile {
        target = target == null ? "" : target;
    }

    static RefusedFile of(String file, Reason reason, long found, long limit) {
        return new RefusedFile(file, reason, found, limit, "");
    }

    public String explain(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.sportello.model.intake.refusals", locale,
                // English is the base bundle: never fall back to the machine's own language instead.
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "refused." + reason.name().toLowerCase(Locale.ROOT);
        Object[] args = {file, inUnits(found), inUnits(limit), target};
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    /** Bytes as megabytes and pixels as megapixels, one decimal; pages as they are. */
    private String inUnits(long value) {
        return switch (reason) {
            case TOO_LARGE -> String.format(Locale.ROOT, "%.1f", value / (1024.0 * 1024.0));
            case TOO_MANY_PIXELS, PDF_PAGE_TOO_LARGE -> String.format(Locale.ROOT, "%.1f", value / 1_000_000.0);
            default -> Long.toString(value);
        };
    }
}
