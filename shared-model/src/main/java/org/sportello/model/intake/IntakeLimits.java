package org.sportello.model.intake;

/**
 * How big a scanned file may be before the intake refuses to open it. Scans come from a shared folder
 * anyone on the office network can write to, so a file is judged by its size, its image header and its
 * page count before a single pixel is decoded: a small PNG can claim a picture of ten billion pixels.
 * The defaults are generous for office scanners (an A4 page at 300 dpi is under 9 megapixels).
 */
public record IntakeLimits(long maxFileBytes, long maxPixels, int maxPages) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    public static final int DEFAULT_MAX_PAGES = 50;
    public static final IntakeLimits DEFAULTS = new IntakeLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_PIXELS,
            DEFAULT_MAX_PAGES);

    public IntakeLimits {
        if (maxFileBytes < 1 || maxPixels < 1 || maxPages < 1) {
            throw new IllegalArgumentException("intake limits must be positive: " + maxFileBytes + " bytes, "
                    + maxPixels + " pixels, " + maxPages + " pages");
        }
    }

    /** The limits in the units a person types: megabytes (1024²) and megapixels (10⁶). */
    public static IntakeLimits of(int maxFileMegabytes, int maxMegapixels, int maxPages) {
        return new IntakeLimits(maxFileMegabytes * 1024L * 1024L, maxMegapixels * 1_000_000L, maxPages);
    }
}
