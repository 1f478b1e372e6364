package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;

/**
 * A hunk read defensively for the readers: its lines (CR, NULs and trailing comments removed),
 * their kinds, the enclosing function of each line on its side of the diff, and the input-file
 * line of each line.
 *
 * <p>Line numbers: the parser stores the 1-based input line of the {@code @@} header in
 * {@link Hunk#getSourceLine()} and the hunk's lines in input order, one input line each, so the
 * i-th (0-based) element of {@link Hunk#getLines()} sits at {@code sourceLine + 1 + i}. This was
 * checked against the parser on releng/examples/fallback-tuning-v2.mbox (header at 55, the
 * {@code +} line at 60 = 55 + 1 + 4). It holds for whole diffs and format-patch mails; for hunks
 * recovered from review quotes with replies between the quoted lines the number is approximate.
 */
final class HunkView {

    private static final Pattern DEF_START = Pattern.compile("^[A-Za-z_][^;]*$");
    private static final Pattern CONFIG = Pattern.compile("^\\s*(?:menu)?config\\s+(\\w+)");
    private static final Pattern IDENT_BEFORE_PAREN = Pattern.compile("([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_]\\w*");

    final String path;
    final int sourceLine;
    private final List<String> text = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final List<LineKind> kind = new ArrayList<>();
    private final List<String> scope = new ArrayList<>();
    private final boolean scopeKnown;

    private HunkView(String path, String function, Hunk hunk) {
        this.path = path == null ? null : path.replace('\\', '/');
        int src = 0;
        String header = null;
        List<Line> lines = List.of();
        if (hunk != null) {
            src = hunk.getSourceLine();
            header = hunk.getFunction();
            if (hunk.getLines() != null) {
                lines = hunk.getLines();
            }
        }
        this.sourceLine = src;
        for (Line l : lines) {
            String t = l == null || l.getText() == null ? "" : l.getText();
            t = t.replace("\r", "").replace('\0', ' ');
            raw.add(t);
            text.add(stripComment(t));
            kind.add(l == null || l.getKind() == null ? LineKind.CONTEXT : l.getKind());
        }
        String base = nameOf(function != null ? function : header);
        scopeKnown = base != null;
        computeScopes(base);
    }

    /** Never throws: a null hunk gives an empty view. */
    static HunkView of(String path, String function, Hunk hunk) {
        return new HunkView(path, function, hunk);
    }

    int size() {
        return text.size();
    }

    /** Line i without comments and carriage returns. */
    String text(int i) {
        return text.get(i);
    }

    /** Line i as written (only CR and NUL removed), trimmed: the evidence text. */
    String evidence(int i) {
        return raw.get(i).trim();
    }

    LineKind kind(int i) {
        return kind.get(i);
    }

    boolean added(int i) {
        return kind.get(i) == LineKind.ADDED;
    }

    boolean removed(int i) {
        return kind.get(i) == LineKind.REMOVED;
    }

    private static final java.util.regex.Pattern IF_CONFIG = java.util.regex.Pattern.compile(
            "^#\\s*(ifdef|ifndef|if)\\s+(?:!\\s*)?(?:defined\\s*\\(?\\s*|IS_ENABLED\\s*\\(\\s*)?(CONFIG_\\w+)");

    /**
     * The config option a new-side line {@code i} is compiled under within this hunk: "CONFIG_X" inside
     * {@code #ifdef CONFIG_X} (or {@code #if defined(CONFIG_X)}, {@code #if IS_ENABLED(CONFIG_X)}) before
     * its {@code #else}, "!CONFIG_X" in its {@code #else} or under {@code #ifndef}; null when the hunk
     * shows no such conditional around it.
     */
    String configGate(int i) {
        int depth = 0;
        boolean inElse = false;
        for (int j = i - 1; j >= 0; j--) {
            if (removed(j)) {
                continue;
            }
            String t = text(j).strip();
            if (!t.startsWith("#")) {
                continue;
            }
            String d = t.substring(1).strip();
            if (d.startsWith("endif")) {
                depth++;
            } else if (d.startsWith("else") || d.startsWith("elif")) {
                if (depth == 0) {
                    inElse = true;
                }
            } else if (d.startsWith("if")) {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                java.util.regex.Matcher m = IF_CONFIG.matcher(t);
                if (!m.find()) {
                    return null;
                }
                boolean negated = m.group(1).equals("ifndef") || t.matches("^#\\s*if\\s+!.*");
                return (negated != inElse ? "!" : "") + m.group(2);
            }
        }
        return null;
    }

    /** The 1-based line of element i in the input file, 0 when the hunk has no source line. */
    int fileLine(int i) {
        return sourceLine > 0 ? sourceLine + 1 + i : 0;
    }

    /**
     * The function or declaration enclosing line i on its side: the caller's function (or the
     * hunk header's), replaced by a definition that starts inside the hunk; "" at file scope;
     * null when nothing is known.
     */
    String scope(int i) {
        return scope.get(i);
    }

    /** Whether the scope of line i is one of {@code names}: 1 yes, 0 unknown, -1 another one. */
    int inScope(int i, String... names) {
        String s = scope.get(i);
        if (s == null || (!scopeKnown && s.isEmpty())) {
            return 0;
        }
        for (String n : names) {
            if (n.equals(s)) {
                return 1;
            }
        }
        return -1;
    }

    /** Whether the path is null (unknown) or one of {@code paths} (suffix match). */
    boolean pathIs(String... paths) {
        if (path == null) {
            return true;
        }
        for (String p : paths) {
            if (path.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    boolean pathStartsWith(String... prefixes) {
        if (path == null) {
            return true;
        }
        String p = path.startsWith("a/") || path.startsWith("b/") ? path.substring(2) : path;
        for (String s : prefixes) {
            if (p.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An {@code if} starting on line i with its condition joined over the following lines of i's
     * side until its parentheses close (at most 4 lines more), and the line where it closes; null
     * when line i starts no {@code if} or the condition does not close.
     */
    record Condition(String text, int last) {
    }

    Condition ifCondition(int i) {
        String t = text(i).strip();
        if (!t.startsWith("if")) {
            return null;
        }
        boolean oldSide = removed(i);
        StringBuilder cond = new StringBuilder(t);
        int j = i;
        while (depth(cond) > 0) {
            j = nextOnSide(j, oldSide);
            if (j < 0 || j - i > 4) {
                return null;
            }
            cond.append(' ').append(text(j).strip());
        }
        return new Condition(cond.toString(), j);
    }

    private static int depth(CharSequence s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '(') {
                d++;
            } else if (ch == ')') {
                d--;
            }
        }
        return d;
    }

    /** The next line after j on the old (removed and context) or new (added and context) side, or -1. */
    int nextOnSide(int j, boolean oldSide) {
        for (int k = j + 1; k < size(); k++) {
            if (oldSide ? !added(k) : !removed(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Line i joined with the following lines of its side while it ends with a backslash (a
     * multi-line #define).
     */
    String joined(int i) {
        StringBuilder b = new StringBuilder(text.get(i));
        int j = i;
        while (b.length() > 0 && b.toString().stripTrailing().endsWith("\\") && j + 1 < size()) {
            String s = b.toString().stripTrailing();
            b.setLength(0);
            b.append(s, 0, s.length() - 1).append(' ');
            j++;
            while (j < size() && kind.get(j) != LineKind.CONTEXT && kind.get(j) != kind.get(i)) {
                j++;
            }
            if (j >= size()) {
                break;
            }
            b.append(text.get(j));
        }
        return b.toString();
    }

    private void computeScopes(String base) {
        String oldSide = base;
        String newSide = base;
        for (int i = 0; i < size(); i++) {
            LineKind k = kind.get(i);
            String s = k == LineKind.REMOVED ? oldSide : newSide;
            scope.add(s);
            String def = definitionAt(i);
            if (def != null) {
                if (k != LineKind.ADDED) {
                    oldSide = def;
                }
                if (k != LineKind.REMOVED) {
                    newSide = def;
                }
            }
        }
    }

    /** The name a line starting a definition opens ("" for a closing brace at column 0), or null. */
    private String definitionAt(int i) {
        String t = text.get(i);
        Matcher c = CONFIG.matcher(t);
        if (c.find()) {
            return c.group(1);
        }
        if (t.startsWith("}")) {
            return "";
        }
        if (t.isEmpty() || t.startsWith("#") || t.stripTrailing().endsWith(":") || !DEF_START.matcher(t).find()) {
            return null;
        }
        return nameOf(t);
    }

    /**
     * The function or variable a header or definition line names: the identifier before the
     * first '(' (skipping keywords), else the identifier before '=', '[' or ';', else the last
     * one; {@code config NAME} gives NAME. Null for null or blank text.
     */
    static String nameOf(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher c = CONFIG.matcher(s);
        if (c.find()) {
            return c.group(1);
        }
        Matcher m = IDENT_BEFORE_PAREN.matcher(s);
        while (m.find()) {
            String id = m.group(1);
            if (!List.of("if", "for", "while", "switch", "return", "sizeof", "__attribute__").contains(id)) {
                return id;
            }
        }
        int cut = s.length();
        for (char ch : new char[] { '=', '[', ';', '{' }) {
            int k = s.indexOf(ch);
            if (k >= 0) {
                cut = Math.min(cut, k);
            }
        }
        String head = s.substring(0, cut);
        String last = null;
        Matcher w = IDENT.matcher(head);
        while (w.find()) {
            if (!List.of("__read_mostly", "__ro_after_init", "__initdata", "__meminitdata").contains(w.group())) {
                last = w.group();
            }
        }
        return last;
    }

    /** Removes a trailing or inline block comment and a // comment (best effort, single line). */
    static String stripComment(String t) {
        String s = t;
        int open;
        while ((open = s.indexOf("/*")) >= 0) {
            int close = s.indexOf("*/", open + 2);
            s = close < 0 ? s.substring(0, open) : s.substring(0, open) + " " + s.substring(close + 2);
        }
        int slash = s.indexOf("//");
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        String tr = s.trim();
        if (tr.startsWith("*") && !tr.startsWith("*/")) {
            return "";
        }
        return s.stripTrailing();
    }

    /**
     * The operand that starts at {@code from}: characters up to a top-level {@code || && ; , ? :
     * {} or comparison, or an unbalanced ')'; trimmed; null when empty.
     */
    static String operandAt(String s, int from) {
        int depth = 0;
        int i = from;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0) {
                if (c == ';' || c == ',' || c == '?' || c == ':' || c == '{' || c == '=') {
                    break;
                }
                if ((c == '|' || c == '&') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    break;
                }
                boolean arrow = c == '>' && i > 0 && s.charAt(i - 1) == '-';
                if ((c == '<' || c == '>') && !arrow && !(i + 1 < s.length() && s.charAt(i + 1) == c)
                        && !(i > 0 && s.charAt(i - 1) == c)) {
                    break;
                }
            }
        }
        String op = s.substring(from, i).trim();
        return op.isEmpty() ? null : op;
    }
}
