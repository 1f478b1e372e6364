package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.Hunk;
import mmlens.model.LineKind;

/**
 * Finds the kernel function (or top-level declaration) a hunk changes: from the text git prints
 * after the {@code @@} header, else from a definition among the hunk's own lines above its first
 * change, else from a kernel tree ({@link KernelTree}). Also lists every function whose
 * definition the hunk's changed lines add, remove or enter.
 */
final class FunctionResolver {
    /** Where the name came from (HunkMapping.functionSource). */
    static final String HEADER = "header";
    static final String CONTEXT = "context";
    static final String KERNEL_TREE = "kernel-tree";
    static final String NONE = "none";

    /** A definition at column 0: qualifiers and a return type, then name( ... without a closing ';'. */
    private static final Pattern DEFINITION = Pattern
            .compile("^(?:[A-Za-z_][\\w\\s\\*,()]*?[\\s\\*])?([A-Za-z_]\\w*)\\s*\\((?![^)]*\\)\\s*;)");
    /** A top-level declaration that opens an initialiser: {@code static int fallbacks[..][..] = {}. */
    private static final Pattern INITIALISER = Pattern.compile("^[A-Za-z_].*=\\s*\\{\\s*$");
    /** Lines that may precede a definition without being code of it: conditionals, includes, externs. */
    private static final Pattern PREAMBLE = Pattern
            .compile("^\\s*(#\\s*(if|ifdef|ifndef|else|elif|endif|include)\\b|extern\\b)");
    private static final Pattern SYSCALL = Pattern.compile("\\bSYSCALL_DEFINE\\d\\s*\\(\\s*(\\w+)");
    private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\s+(\\w+)");
    private static final Pattern AGGREGATE = Pattern.compile("^(?:typedef\\s+)?(struct|union|enum)\\s+(\\w+)\\s*\\{?\\s*$");
    private static final Pattern VARIABLE = Pattern
            .compile("^(?:[A-Za-z_][\\w\\s\\*]*?[\\s\\*])([A-Za-z_]\\w*)\\s*(?:\\[[^=]*\\])*\\s*(?:__\\w+\\s*)*(?:=|;)");
    private static final Set<String> NOT_NAMES = Set.of("if", "for", "while", "switch", "return", "sizeof",
            "defined", "__attribute__", "__section", "EXPORT_SYMBOL", "EXPORT_SYMBOL_GPL", "module_param");

    /** A resolved function: its name (null when none), where it came from, and the others entered. */
    record Resolved(String name, String source, List<String> others) {
    }

    private FunctionResolver() {
    }

    /**
     * Resolves the function of {@code hunk} in file {@code path}; {@code tree} may be null.
     */
    static Resolved resolve(String path, Hunk hunk, CodeLines code, KernelTree tree) {
        Set<String> others = new LinkedHashSet<>();
        String fromContext = null;
        int firstChange = -1;
        boolean startsWithDefinition = false;
        int lastChange = -1;
        boolean closed = false;
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) != LineKind.CONTEXT && !code.code(i).isBlank()) {
                lastChange = i;
            }
        }
        for (int i = 0; i < code.size(); i++) {
            String name = definitionName(lineText(hunk, i));
            if (name == null && code.kind(i) == LineKind.CONTEXT && INITIALISER.matcher(lineText(hunk, i)).find()) {
                // a top-level table or object initialiser: changes inside it are about that object
                name = declarationName(lineText(hunk, i));
            }
            if (i > lastChange && firstChange >= 0) {
                // a definition that starts after the last changed line is only trailing context
                break;
            }
            if (firstChange < 0 && code.kind(i) == LineKind.CONTEXT && lineText(hunk, i).startsWith("}")) {
                // the definition git names in the header ends above the change: file scope
                closed = true;
            }
            if (code.kind(i) != LineKind.CONTEXT && firstChange < 0 && !code.code(i).isBlank()
                    && !PREAMBLE.matcher(code.code(i)).find()) {
                firstChange = i;
                if (name == null) {
                    // a changed top-level declaration names itself: "static int x = 20;" is about x
                    name = declarationName(lineText(hunk, i));
                }
                startsWithDefinition = name != null;
            }
            if (name != null && firstChange < 0 && singleLineDefine(lineText(hunk, i))) {
                // "#define X (8)" above the change ends on its own line: it encloses nothing below it
                name = null;
            }
            if (name != null) {
                if (firstChange < 0) {
                    fromContext = name;
                } else {
                    others.add(name);
                }
            }
        }
        // a declaration in the header (a prototype, an extern: it ends in ';') encloses nothing; git
        // names the last such line above a change in a header file
        String header = closed || declarationOnly(hunk.getFunction()) ? null : nameOf(hunk.getFunction());
        if (startsWithDefinition && fromContext == null) {
            // the change begins with a definition of its own: the header's function is only above it
            List<String> o = new ArrayList<>(others);
            return new Resolved(o.get(0), CONTEXT, o.subList(1, o.size()));
        }
        if (fromContext != null) {
            // a definition inside the hunk above the first change is nearer than the header's
            return new Resolved(fromContext, CONTEXT, new ArrayList<>(others));
        }
        if (header != null) {
            // git names the last line above the hunk that looks like a definition to it, which is not
            // the enclosing function when that one's name starts its own line ("static struct page *"
            // above "get_page_from_freelist(gfp_t gfp_mask, ..."): a tree that has the hunk's lines knows
            String t = tree == null || path == null ? null : enclosingInTree(tree, path, hunk, code);
            if (t != null && !t.equals(header)) {
                return new Resolved(t, KERNEL_TREE, new ArrayList<>(others));
            }
            return new Resolved(header, HEADER, new ArrayList<>(others));
        }
        if (tree != null && path != null && !closed) {
            // by line number only where the tree has the hunk's old side at the header's line (the
            // version the patch was made against); else by the leading context, when it is unique
            String t = tree.hasAt(path, hunk.getOldStart(), oldSide(hunk, code))
                    ? tree.enclosing(path, hunk.getOldStart() + Math.max(0, firstChange))
                    : enclosingInTree(tree, path, hunk, code);
            if (t != null) {
                return new Resolved(t, KERNEL_TREE, new ArrayList<>(others));
            }
        }
        if (!others.isEmpty()) {
            List<String> o = new ArrayList<>(others);
            return new Resolved(o.get(0), CONTEXT, o.subList(1, o.size()));
        }
        if (firstChange < 0) {
            // every change is an extern declaration (a header's): it is about the variable it declares
            for (int i = 0; i < code.size(); i++) {
                String t = lineText(hunk, i);
                if (code.kind(i) != LineKind.CONTEXT && t.startsWith("extern ")) {
                    String n = declarationName(t.substring("extern ".length()));
                    if (n != null) {
                        return new Resolved(n, CONTEXT, List.of());
                    }
                }
            }
        }
        return new Resolved(null, NONE, List.of());
    }

    /**
     * The function enclosing the hunk's first change in the tree, found by the hunk's leading context
     * lines when they occur once in the file (a merged or an unmerged change alike); else null.
     */
    private static String enclosingInTree(KernelTree tree, String path, Hunk hunk, CodeLines code) {
        List<String> block = new ArrayList<>();
        for (int i = 0; i < code.size() && code.kind(i) == LineKind.CONTEXT; i++) {
            block.add(lineText(hunk, i));
        }
        if (block.stream().filter(l -> l.strip().length() > 3).count() < 3) {
            return null; // too little to place it
        }
        int at = tree.uniqueBlockLine(path, block);
        return at < 0 ? null : tree.enclosing(path, at + block.size() - 1);
    }

    /** The hunk's old side: its context and removed lines, in order. */
    private static List<String> oldSide(Hunk hunk, CodeLines code) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) != LineKind.ADDED) {
                l.add(lineText(hunk, i));
            }
        }
        return l;
    }

    /** A macro definition complete on its line (no continuation backslash). */
    private static boolean singleLineDefine(String line) {
        return DEFINE.matcher(line.strip()).find() && !line.stripTrailing().endsWith("\\");
    }

    private static String lineText(Hunk hunk, int i) {
        String t = hunk.getLines().get(i).getText();
        return t == null ? "" : t;
    }

    /** The variable a top-level declaration at column 0 declares ({@code static int x = 1;}), or null. */
    static String declarationName(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")
                || line.startsWith("}") || line.startsWith("/") || line.startsWith("*")) {
            return null;
        }
        Matcher v = VARIABLE.matcher(line.strip());
        int paren = line.indexOf('(');
        if (v.find() && (paren < 0 || v.start(1) < paren) && !NOT_NAMES.contains(v.group(1))) {
            return v.group(1);
        }
        return null;
    }

    /** The name a definition line at column 0 defines, or null. */
    static String definitionName(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("}")
                || line.startsWith("/") || line.startsWith("*")) {
            return null;
        }
        Matcher d = DEFINE.matcher(line);
        if (d.find()) {
            return d.group(1);
        }
        if (line.startsWith("#")) {
            return null;
        }
        Matcher s = SYSCALL.matcher(line);
        if (s.find()) {
            return "sys_" + s.group(1);
        }
        Matcher m = DEFINITION.matcher(line);
        if (m.find() && !NOT_NAMES.contains(m.group(1)) && !line.trim().endsWith(";")) {
            return m.group(1);
        }
        Matcher a = AGGREGATE.matcher(line.trim());
        if (a.find()) {
            return a.group(1) + " " + a.group(2);
        }
        return null;
    }

    /**
     * The name in git's function context (the text after the closing {@code @@}): a function,
     * macro, variable, struct/enum, or null when the text names none.
     */
    static String nameOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        Matcher d = DEFINE.matcher(h);
        if (d.find()) {
            return d.group(1);
        }
        Matcher s = SYSCALL.matcher(h);
        if (s.find()) {
            return "sys_" + s.group(1);
        }
        Matcher a = AGGREGATE.matcher(h);
        if (a.find()) {
            return a.group(1) + " " + a.group(2);
        }
        Matcher v = VARIABLE.matcher(h);
        int paren = h.indexOf('(');
        if (v.find() && (paren < 0 || v.start(1) < paren && h.indexOf('=') >= 0 && h.indexOf('=') < paren)) {
            return v.group(1);
        }
        Matcher m = DEFINITION.matcher(h);
        if (m.find() && !NOT_NAMES.contains(m.group(1))) {
            return m.group(1);
        }
        if (paren > 0) {
            List<String> ids = CTokens.identifiers(h.substring(0, paren));
            if (!ids.isEmpty() && !NOT_NAMES.contains(ids.get(ids.size() - 1))) {
                return ids.get(ids.size() - 1);
            }
        }
        if (paren < 0 && h.length() == GIT_FUNC_CONTEXT_MAX) {
            // older git cuts the function context at 40 characters: a definition cut before its "("
            // ends in (the start of) its name, which the mapper completes from the catalog
            List<String> ids = CTokens.identifiers(h);
            if (ids.size() >= 2 && !NOT_NAMES.contains(ids.get(ids.size() - 1)) && h.endsWith(ids.get(ids.size() - 1))) {
                return ids.get(ids.size() - 1);
            }
        }
        return null;
    }

    /** Whether git's function context is a declaration that ends in {@code ;} (no body). */
    static boolean declarationOnly(String header) {
        return header != null && header.strip().endsWith(";");
    }

    /** The most characters of function context older git writes after a hunk's {@code @@}. */
    static final int GIT_FUNC_CONTEXT_MAX = 40;
}
