package mmlens.analysis.map;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.Patch;

/**
 * Struct fields a patch adds and never reads: a hunk whose only change stores into such fields
 * changes no behaviour of the patch (the value is recorded for later users, not used).
 */
final class DeadStores {
    /** A member declaration on an added line inside a struct: {@code type name;} or {@code type name[N];}. */
    private static final Pattern MEMBER = Pattern
            .compile("^\\s+(?:struct\\s+)?[A-Za-z_][\\w\\s\\*]*?[\\s\\*]\\**([A-Za-z_]\\w*)\\s*(?:\\[[^\\]]*\\])?\\s*;\\s*$");
    private static final Pattern ACCESS = Pattern.compile("(?:->|\\.)\\s*([A-Za-z_]\\w*)\\b(\\s*=(?!=))?");
    private static final Pattern STORE = Pattern
            .compile("^\\s*[A-Za-z_][\\w\\[\\]]*(?:\\s*(?:->|\\.)\\s*[A-Za-z_]\\w*)*\\s*(?:->|\\.)\\s*([A-Za-z_]\\w*)\\s*=(?!=).*;\\s*$");

    private DeadStores() {
    }

    /** The fields that added lines of struct definitions in {@code p} declare and no line of {@code p} reads. */
    static Set<String> unreadFields(Patch p) {
        Set<String> added = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (FileDiff f : p.getFiles()) {
            for (Hunk h : f.getHunks()) {
                boolean inStruct = h.getFunction() != null && h.getFunction().matches(".*\\bstruct\\s+\\w+\\s*\\{.*");
                for (Line l : h.getLines()) {
                    String t = l.getText() == null ? "" : HunkView.stripComment(l.getText());
                    Matcher mm = MEMBER.matcher(t);
                    if (inStruct && l.getKind() == LineKind.ADDED && mm.matches()) {
                        added.add(mm.group(1));
                    }
                    if (l.getKind() == LineKind.REMOVED) {
                        continue;
                    }
                    Matcher a = ACCESS.matcher(t);
                    while (a.find()) {
                        if (a.group(2) == null) {
                            read.add(a.group(1));
                        }
                    }
                }
            }
        }
        added.removeAll(read);
        return added;
    }

    /** Whether every changed line of the hunk stores into one of {@code fields}. */
    static boolean storesOnly(Hunk h, Set<String> fields) {
        if (fields.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Line l : h.getLines()) {
            String t = l.getText() == null ? "" : HunkView.stripComment(l.getText());
            if (l.getKind() == LineKind.CONTEXT || t.isBlank()) {
                continue;
            }
            Matcher s = STORE.matcher(t);
            if (l.getKind() == LineKind.REMOVED || !s.matches() || !fields.contains(s.group(1))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
