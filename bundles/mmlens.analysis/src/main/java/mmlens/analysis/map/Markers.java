package mmlens.analysis.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counting identifiers on the lines of one side of a hunk. */
final class Markers {

    private Markers() {
    }

    /** Occurrences of {@code p} on the added lines. */
    static int added(HunkView h, Pattern p) {
        int n = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.added(i)) {
                n += count(h.text(i), p);
            }
        }
        return n;
    }

    /** Occurrences of {@code p} on the removed lines. */
    static int removed(HunkView h, Pattern p) {
        int n = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.removed(i)) {
                n += count(h.text(i), p);
            }
        }
        return n;
    }

    /** Whether any line of the new side (context or added) matches. */
    static boolean newSide(HunkView h, Pattern p) {
        for (int i = 0; i < h.size(); i++) {
            if (!h.removed(i) && p.matcher(h.text(i)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first added line matching {@code p}, or -1. */
    static int firstAdded(HunkView h, Pattern p) {
        for (int i = 0; i < h.size(); i++) {
            if (h.added(i) && p.matcher(h.text(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first removed line matching, or -1. */
    static int firstRemoved(HunkView h, Pattern p) {
        for (int i = 0; i < h.size(); i++) {
            if (h.removed(i) && p.matcher(h.text(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    static int count(String text, Pattern p) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
