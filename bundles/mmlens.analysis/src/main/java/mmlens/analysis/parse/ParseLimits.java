package mmlens.analysis.parse;

/**
 * Bounds that keep parsing of hostile or huge input finite in memory.
 *
 * @param maxLineBytes    longer input lines are cut (bytes)
 * @param maxMessageBytes one mail is held in memory up to this size (bytes); the rest is skipped
 * @param maxArchiveBytes archive text (read whole, to follow quotes) is read up to this size (bytes)
 * @param maxDiffLines    diff lines stored as model objects per parse; beyond it hunks keep only counts
 * @param maxDiagnostics  diagnostics kept per input file
 */
public record ParseLimits(int maxLineBytes, int maxMessageBytes, int maxArchiveBytes, long maxDiffLines,
        int maxDiagnostics) {

    /** 64 KiB lines, 32 MiB mails, 16 MiB archive pages, 1 million stored diff lines (about 150 MB of model), 500 diagnostics per file. */
    public static final ParseLimits DEFAULT = new ParseLimits(1 << 16, 32 << 20, 16 << 20, 1_000_000, 500);
}
