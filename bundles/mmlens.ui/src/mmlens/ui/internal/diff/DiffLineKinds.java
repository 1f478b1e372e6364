package mmlens.ui.internal.diff;

/**
 * Classifies one line of patch text. Mail quoting ({@code > }, nested {@code > > }) is looked
 * through, so a diff quoted in a review reply is highlighted like the diff itself.
 */
public final class DiffLineKinds {

    private DiffLineKinds() {
    }

    /**
     * @param line one line without its delimiter
     * @return one of {@link DiffPartitions#ALL}, or {@code null} for prose and context lines
     */
    public static String classify(CharSequence line) {
        int i = skipQuotes(line);
        if (i >= line.length()) {
            return null;
        }
        if (startsWith(line, i, "@@ ")) {
            return DiffPartitions.HUNK;
        }
        if (startsWith(line, i, "diff --git ") || startsWith(line, i, "index ")
                || startsWith(line, i, "--- a/") || startsWith(line, i, "+++ b/")
                || startsWith(line, i, "--- /dev/null") || startsWith(line, i, "+++ /dev/null")
                || startsWith(line, i, "new file mode ") || startsWith(line, i, "deleted file mode ")
                || startsWith(line, i, "rename from ") || startsWith(line, i, "rename to ")
                || startsWith(line, i, "similarity index ")) {
            return DiffPartitions.HEADER;
        }
        char c = line.charAt(i);
        if (c == '+' && !startsWith(line, i, "+++")) {
            return DiffPartitions.ADDED;
        }
        if (c == '-' && !startsWith(line, i, "---")) {
            return DiffPartitions.REMOVED;
        }
        return null;
    }

    /** Index of the first character after any mail quote markers ({@code >} with optional space). */
    static int skipQuotes(CharSequence line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    private static boolean startsWith(CharSequence s, int from, String prefix) {
        if (s.length() - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
