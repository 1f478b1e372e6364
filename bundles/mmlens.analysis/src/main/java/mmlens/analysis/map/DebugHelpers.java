package mmlens.analysis.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.Patch;

/**
 * Functions a patch adds that only debug checks call (R2): every call of the function in the
 * patch sits on an instrumentation line ({@code VM_WARN_ON_ONCE(!f())}). A hunk that only adds
 * such a function is instrumentation.
 */
final class DebugHelpers {
    private DebugHelpers() {
    }

    /** The functions defined on added lines of {@code p} that are called, and only on instrumentation lines. */
    static Set<String> of(Patch p) {
        Set<String> defined = new HashSet<>();
        for (FileDiff f : p.getFiles()) {
            for (Hunk h : f.getHunks()) {
                for (Line l : h.getLines()) {
                    String name = l.getKind() == LineKind.ADDED ? FunctionResolver.definitionName(text(l)) : null;
                    if (name != null && !name.contains(" ")) {
                        defined.add(name);
                    }
                }
            }
        }
        Map<String, Boolean> debugOnly = new HashMap<>();
        for (FileDiff f : p.getFiles()) {
            for (Hunk h : f.getHunks()) {
                for (Line l : h.getLines()) {
                    String t = HunkView.stripComment(text(l));
                    if (l.getKind() == LineKind.REMOVED || t.isBlank()) {
                        continue;
                    }
                    String def = FunctionResolver.definitionName(text(l));
                    for (String d : calledNames(t)) {
                        if (!defined.contains(d) || d.equals(def)) {
                            continue;
                        }
                        boolean debug = ChangeFilter.kindOf(t) == ChangeFilter.Kind.INSTRUMENTATION;
                        debugOnly.merge(d, debug, Boolean::logicalAnd);
                    }
                }
            }
        }
        Set<String> r = new HashSet<>();
        debugOnly.forEach((k, v) -> {
            if (v) {
                r.add(k);
            }
        });
        return r;
    }

    /**
     * The words of {@code t} followed by optional white space and {@code (}: what
     * {@code \bname\s*\(} finds for each name, in one pass over the line (words as
     * {@code \b} sees them: letters, digits and {@code _}). A patch that adds a whole file
     * defines hundreds of functions; testing each name against each line with its own pattern
     * took a second for a 170 kB driver patch.
     */
    static Set<String> calledNames(String t) {
        Set<String> names = new HashSet<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!word(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && word(t.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (j < n && t.charAt(j) == '(') {
                names.add(t.substring(start, i));
            }
        }
        return names;
    }

    private static boolean word(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether the hunk only adds code and its first added code line defines one of {@code helpers}. */
    static boolean definesOnly(Hunk h, Set<String> helpers) {
        if (helpers.isEmpty()) {
            return false;
        }
        String first = null;
        for (Line l : h.getLines()) {
            String t = HunkView.stripComment(text(l));
            if (l.getKind() == LineKind.CONTEXT || t.isBlank()) {
                continue;
            }
            if (l.getKind() == LineKind.REMOVED) {
                return false;
            }
            if (first == null) {
                first = FunctionResolver.definitionName(text(l));
                if (first == null || !helpers.contains(first)) {
                    return false;
                }
            } else {
                String d = FunctionResolver.definitionName(text(l));
                if (d != null && !helpers.contains(d)) {
                    return false;
                }
            }
        }
        return first != null;
    }

    private static String text(Line l) {
        return l.getText() == null ? "" : l.getText();
    }
}
