package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;

import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;

/**
 * The C code of a hunk with comments and string literals removed, per line and per side. Comment
 * state is carried across the hunk's lines in file order: a {@code /*} opened on a context line
 * covers the changed lines after it. Lines are indexed as {@link Hunk#getLines()}.
 */
final class CodeLines {
    private final List<String> code = new ArrayList<>();
    private final List<LineKind> kinds = new ArrayList<>();

    private CodeLines() {
    }

    static CodeLines of(Hunk hunk) {
        CodeLines c = new CodeLines();
        // comment state on the old and the new side: a removed line only continues the old side
        boolean inOld = startsInComment(hunk);
        boolean inNew = inOld;
        for (Line l : hunk.getLines()) {
            String text = l.getText() == null ? "" : l.getText();
            LineKind k = l.getKind();
            boolean in = k == LineKind.ADDED ? inNew : inOld;
            StringBuilder out = new StringBuilder();
            in = strip(text, in, out);
            if (k != LineKind.ADDED) {
                inOld = in;
            }
            if (k != LineKind.REMOVED) {
                inNew = in;
            }
            c.code.add(out.toString());
            c.kinds.add(k);
        }
        return c;
    }

    /**
     * Whether the hunk starts inside a block comment: its first non-blank line is a comment
     * continuation ({@code * text} or {@code *}{@code /}) — a hunk header may cut a comment.
     */
    private static boolean startsInComment(Hunk hunk) {
        for (Line l : hunk.getLines()) {
            String t = l.getText() == null ? "" : l.getText().trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("/*")) {
                return false;
            }
            return (t.startsWith("*") && !t.startsWith("*=") && !t.matches("^\\*+\\s*\\w+\\s*=.*"))
                    || t.endsWith("*/") && !t.contains("/*");
        }
        return false;
    }

    /** Appends the code of {@code s} outside comments and strings; returns the comment state after it. */
    static boolean strip(String s, boolean inComment, StringBuilder out) {
        int i = 0;
        int n = s.length();
        boolean in = inComment;
        while (i < n) {
            char ch = s.charAt(i);
            if (in) {
                int end = s.indexOf("*/", i);
                if (end < 0) {
                    return true;
                }
                i = end + 2;
                in = false;
                out.append(' ');
                continue;
            }
            if (ch == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                in = true;
                i += 2;
                continue;
            }
            if (ch == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                break;
            }
            if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != ch) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(ch == '"' ? "\"\"" : "' '");
                i = Math.min(n, j + 1);
                continue;
            }
            out.append(ch);
            i++;
        }
        return in;
    }

    int size() {
        return code.size();
    }

    /** The code of line i (comments and string contents removed). */
    String code(int i) {
        return code.get(i);
    }

    LineKind kind(int i) {
        return kinds.get(i);
    }

    /** Code of the removed (old) or added (new) lines, one string per line, blanks skipped. */
    List<String> changed(LineKind side) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (kinds.get(i) == side && !code.get(i).isBlank()) {
                r.add(code.get(i));
            }
        }
        return r;
    }

    /** The code of the +/- lines that carry any, both sides, in hunk order. */
    List<String> changed() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (kinds.get(i) != LineKind.CONTEXT && !code.get(i).isBlank()) {
                r.add(code.get(i));
            }
        }
        return r;
    }

    /** Whether any +/- line carries code (not only comments or white space). */
    boolean changesCode() {
        return !changed(LineKind.ADDED).isEmpty() || !changed(LineKind.REMOVED).isEmpty();
    }

    /**
     * Whether the two sides differ only in white space: the old side (context and - lines) and the
     * new side (context and + lines) have the same code in the same order. A statement moved past
     * a context line is a change, though the +/- lines alone hold the same text.
     */
    boolean whitespaceOnly() {
        return side(LineKind.REMOVED).equals(side(LineKind.ADDED));
    }

    /** The code of one side of the hunk (context lines and the {@code changed} ones), white space removed. */
    private String side(LineKind changed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.size(); i++) {
            if (kinds.get(i) == LineKind.CONTEXT || kinds.get(i) == changed) {
                b.append(code.get(i));
            }
        }
        return b.toString().replaceAll("\\s+", "");
    }

    /** Whether the hunk has +/- lines at all. */
    boolean hasChanges() {
        for (LineKind k : kinds) {
            if (k != LineKind.CONTEXT) {
                return true;
            }
        }
        return false;
    }
}
