package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import mmlens.model.LineKind;

/**
 * Recognises +/- lines that change no behaviour the engine models: instrumentation (tracepoints,
 * lockdep, debug checks, printing), statistics counters, locking that is the same on a non-RT
 * kernel, attributes and includes. A hunk whose changed lines are all of these, or whose other
 * lines are the same on both sides, changes nothing the engine models.
 */
final class ChangeFilter {
    /** Kinds of lines, in the order the reason names them. */
    enum Kind {
        INSTRUMENTATION("instrumentation only (tracepoints, debug checks, printing)"),
        STATISTICS("statistics counters only"),
        LOCKING("locking or preemption changes only: the engine decides the same without them and models no lock cost or contention"),
        DECLARATION("attributes, includes, preprocessor conditionals or punctuation only");

        final String reason;

        Kind(String reason) {
            this.reason = reason;
        }
    }

    private static final Pattern INSTRUMENTATION = Pattern.compile(
            "^(trace_\\w+|lockdep_\\w+|dept_\\w+|DEPT_\\w+|might_sleep\\w*|might_lock\\w*|VM_BUG_ON\\w*|VM_WARN\\w*|WARN\\w*"
                    + "|BUG_ON|BUG|BUILD_BUG_ON\\w*|static_assert|pr_\\w+|printk\\w*|dump_page|dump_stack|kasan_\\w+"
                    + "|kmsan_\\w+|kcsan_\\w+|page_owner\\w*|set_page_owner|reset_page_owner|alloc_tag\\w*"
                    + "|pgalloc_tag\\w*|mem_alloc_profiling\\w*|debug_\\w+|page_table_check_\\w+|check_\\w+_debug"
                    + "|__dump_\\w+|VM_BUG_ON_\\w+|VM_WARN_ON_\\w+|lock_map_\\w+|__acquire|__release|__must_hold"
                    + "|__releases|__acquires|dev_\\w+_ratelimited|trace_printk)$");
    private static final Pattern STATISTICS = Pattern.compile(
            "^(count_vm_\\w+|__count_vm_\\w+|count_memcg_\\w+|__count_memcg_\\w+|mod_\\w+_state|__mod_\\w+_state"
                    + "|mod_\\w+_page_state|__mod_\\w+_page_state|inc_\\w+_state|dec_\\w+_state|__inc_\\w+_state"
                    + "|__dec_\\w+_state|mod_lruvec_\\w+|__mod_lruvec_\\w+|count_mthp_stat|count_vm_tlb_\\w+"
                    + "|inc_mm_counter|dec_mm_counter|add_mm_counter|mm_counter\\w*|__this_cpu_inc|this_cpu_inc"
                    + "|mod_node_page_state|__mod_node_page_state|__mod_zone_freepage_state|vm_events\\w*)$");
    private static final Pattern LOCKING = Pattern.compile(
            "^(preempt_\\w+|local_lock\\w*|local_unlock\\w*|local_irq_\\w+|get_cpu|put_cpu|get_cpu_ptr|put_cpu_ptr"
                    + "|migrate_disable|migrate_enable|pcp_spin_\\w+|pcp_trylock_\\w+|spin_lock\\w*|spin_unlock\\w*"
                    + "|raw_spin_\\w+|rcu_read_\\w+|guard|scoped_guard|irqsave|flags|unsigned|long|this_cpu_ptr"
                    + "|raw_cpu_ptr|smp_processor_id|raw_smp_processor_id)$");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile(
            "^\\s*(#\\s*(include|if|ifdef|ifndef|else|elif|endif)\\b.*|EXPORT_SYMBOL\\w*\\(.*|[{}();,\\s]*)$");

    /** Qualifiers and section attributes that change no behaviour the engine models. */
    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("__maybe_unused", "__ro_after_init",
            "__read_mostly", "__init", "__initdata", "__meminit", "__meminitdata", "__always_inline", "inline",
            "noinline", "const", "__must_check", "__always_unused", "notrace", "noinstr", "__cold", "__hot",
            "__visible", "__weak", "__ref", "__refdata", "__initconst", "__flatten", "__always_used", "__used",
            "__cacheline_aligned", "__cacheline_aligned_in_smp", "____cacheline_aligned_in_smp");

    private ChangeFilter() {
    }

    /** Whether the +/- lines differ only in attributes and qualifiers ({@code __maybe_unused}...). */
    static boolean attributesOnly(CodeLines code) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<String> attrA = new ArrayList<>();
        List<String> attrB = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k == LineKind.CONTEXT) {
                continue;
            }
            for (String t : CTokens.tokens(code.code(i))) {
                if (ATTRIBUTES.contains(t)) {
                    (k == LineKind.ADDED ? attrB : attrA).add(t);
                } else {
                    (k == LineKind.ADDED ? b : a).add(t);
                }
            }
        }
        // the same attributes on both sides (a line moved with its qualifier) is no attribute change
        attrA.sort(null);
        attrB.sort(null);
        return !attrA.equals(attrB) && a.equals(b);
    }

    /**
     * Whether the - lines and the + lines are the same #define lines in another order and the hunk
     * has no preprocessor conditional they could have crossed.
     */
    static boolean movesDefinesOnly(CodeLines code) {
        for (int i = 0; i < code.size(); i++) {
            String t = code.code(i).strip();
            boolean changed = code.kind(i) != LineKind.CONTEXT && !t.isEmpty();
            if (changed ? !DEFINE_LINE.matcher(t).find() : CONDITIONAL_LINE.matcher(t).find()) {
                return false;
            }
        }
        return sameLinesReordered(code);
    }

    private static final Pattern DEFINE_LINE = Pattern.compile("^#\\s*define\\b");
    private static final Pattern CONDITIONAL_LINE = Pattern.compile("^#\\s*(if|ifdef|ifndef|else|elif|endif)\\b");

    /**
     * Whether the hunk only moves code statements: the - lines and the + lines are the same lines
     * (in any order) but the two sides, context included, differ, and at least one moved line is a
     * statement of no neutral kind (not an include, a preprocessor line, an attribute, punctuation,
     * instrumentation, statistics or locking). Moving a statement past other code (into a loop or a
     * branch, above a test) changes behaviour.
     */
    static boolean movesStatements(CodeLines code) {
        boolean statement = false;
        for (String t : code.changed(LineKind.REMOVED)) {
            statement |= kindOf(t) == null
                    && !stripCalls(t, java.util.EnumSet.noneOf(Kind.class)).replace(CUT, "")
                            .replaceAll("[\\s;{}(),]", "").isEmpty();
        }
        return statement && sameLinesReordered(code) && !code.whitespaceOnly();
    }

    /** Whether the - lines and the + lines (white space aside) are the same lines in some order. */
    private static boolean sameLinesReordered(CodeLines code) {
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        code.changed(LineKind.REMOVED).forEach(t -> removed.add(t.replaceAll("\\s+", "")));
        code.changed(LineKind.ADDED).forEach(t -> added.add(t.replaceAll("\\s+", "")));
        removed.sort(null);
        added.sort(null);
        return !removed.isEmpty() && removed.equals(added);
    }

    /**
     * The reason when the +/- lines become equal once neutral calls (instrumentation, statistics,
     * locking: {@code dept_page_set_bit(...);}) are cut out of them, or null.
     */
    static String neutralCallsOnly(CodeLines code) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        java.util.EnumSet<Kind> cut = java.util.EnumSet.noneOf(Kind.class);
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k == LineKind.CONTEXT) {
                continue;
            }
            (k == LineKind.ADDED ? b : a).append(stripCalls(code.code(i), cut)).append(' ');
        }
        String x = equivalentForm(a.toString());
        String y = equivalentForm(b.toString());
        if (cut.isEmpty() || !x.equals(y)) {
            return null;
        }
        return cut.size() == 1 ? cut.iterator().next().reason : "instrumentation, statistics or locking changes only";
    }

    /**
     * Label rule R1: whether the +/- lines only rename callees: once every call of a callee named
     * on one side only is cut down to its name, the removed and the added lines have the same
     * tokens except those names, each old callee always replaced by the same new one whose name
     * shares most of its words ({@link #similarNames}). Such a hunk adapts call sites to a renamed
     * helper (arguments included); it does not change the caller's code.
     */
    static boolean callSiteRenameOnly(CodeLines code) {
        return !callSiteRenames(code).isEmpty();
    }

    /** {@link #callSiteRenameOnly}'s renames, old callee to new; empty when the hunk is not one. */
    static java.util.Map<String, String> callSiteRenames(CodeLines code) {
        StringBuilder oldSide = new StringBuilder();
        StringBuilder newSide = new StringBuilder();
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k != LineKind.CONTEXT) {
                (k == LineKind.ADDED ? newSide : oldSide).append(code.code(i)).append(' ');
            }
        }
        java.util.Set<String> oldCallees = callees(oldSide.toString());
        java.util.Set<String> newCallees = callees(newSide.toString());
        java.util.Set<String> gone = new java.util.HashSet<>(oldCallees);
        gone.removeAll(newCallees);
        java.util.Set<String> come = new java.util.HashSet<>(newCallees);
        come.removeAll(oldCallees);
        if (gone.isEmpty() || come.isEmpty()) {
            return java.util.Map.of();
        }
        List<String> a = CTokens.tokens(cutArguments(oldSide.toString(), gone));
        List<String> b = CTokens.tokens(cutArguments(newSide.toString(), come));
        if (a.size() != b.size()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            if (!gone.contains(x) || !come.contains(y) || !similarNames(x, y)
                    || !y.equals(renamed.getOrDefault(x, y))) {
                return java.util.Map.of();
            }
            renamed.put(x, y);
        }
        return renamed;
    }

    /** Whether two identifiers share more than half the words ('_'-separated) of the longer one. */
    static boolean similarNames(String x, String y) {
        List<String> wx = words(x);
        List<String> wy = words(y);
        List<String> common = new ArrayList<>(wx);
        common.retainAll(wy);
        return 2 * common.size() > Math.max(wx.size(), wy.size());
    }

    private static List<String> words(String id) {
        List<String> r = new ArrayList<>();
        for (String w : id.split("_+")) {
            if (!w.isEmpty()) {
                r.add(w);
            }
        }
        return r;
    }

    private static java.util.Set<String> callees(String code) {
        java.util.Set<String> r = new java.util.HashSet<>();
        java.util.regex.Matcher m = CALL.matcher(code);
        while (m.find()) {
            if (!CTokens.KEYWORDS.contains(m.group(1))) {
                r.add(m.group(1));
            }
        }
        return r;
    }

    /** The code with the argument lists of calls of {@code names} removed (the names kept). */
    private static String cutArguments(String code, java.util.Set<String> names) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = CALL.matcher(code);
        int from = 0;
        while (m.find(from)) {
            int close = matching(code, m.end() - 1);
            if (!names.contains(m.group(1)) || close < 0) {
                out.append(code, from, m.end());
                from = m.end();
                continue;
            }
            out.append(code, from, m.start()).append(m.group(1)).append("()");
            from = close + 1;
        }
        out.append(code.substring(from));
        return out.toString();
    }

    /**
     * The code with white space and macro line continuations removed and two shapes that are
     * equivalent once neutral calls are cut out: an {@code if} whose body was only a neutral call
     * (a condition without calls has no effect), and {@code T v = e; return v;} for
     * {@code return e;} (a hunk that keeps a result to pass it to a neutral call is neutral).
     */
    static String equivalentForm(String code) {
        String s = code.replace('\\', ' ');
        s = s.replaceAll("\\bif\\s*\\([^()]*\\)\\s*" + CUT + "", ";");
        s = s.replace(CUT, ";");
        s = s.replaceAll("\\b(?:bool|int|long|unsigned(?:\\s+(?:int|long))?)\\s+(\\w+)\\s*=\\s*([^;]+);[\\s;]*return\\s+\\1\\s*;",
                "return $2;");
        s = s.replaceAll("\\s+", "");
        s = s.replaceAll(";{2,}", ";").replace("{;", "{");
        return s;
    }

    /**
     * Whether the hunk only adds stubs: definitions whose bodies are empty or return a constant,
     * and macros that expand only to such definitions or to the kernel's stub generators
     * ({@code *_NOOP(...)}, {@code *_FALSE(...)}). Stubs are the code of a disabled configuration:
     * the engine models the enabled one, so they change no modelled behaviour.
     */
    static boolean stubsOnly(CodeLines code) {
        boolean added = false;
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            String t = code.code(i).replace('\\', ' ').strip();
            if (k == LineKind.CONTEXT || t.isEmpty()) {
                continue;
            }
            if (k == LineKind.REMOVED) {
                return false;
            }
            t = DEFINE_HEAD.matcher(t).replaceAll("");
            t = STUB.matcher(t).replaceAll("");
            t = STUB_GENERATOR.matcher(t).replaceAll("");
            if (!t.isBlank()) {
                return false;
            }
            added = true;
        }
        return added;
    }

    /**
     * Whether every changed code line is a preprocessor conditional or the {@code #define G} of an
     * include guard G tested by an {@code #ifndef G} of the hunk: a header with nothing in it.
     */
    static boolean includeGuardOnly(CodeLines code) {
        java.util.Set<String> guards = new java.util.HashSet<>();
        for (int i = 0; i < code.size(); i++) {
            java.util.regex.Matcher m = IFNDEF.matcher(code.code(i));
            if (m.find()) {
                guards.add(m.group(1));
            }
        }
        boolean any = false;
        for (int i = 0; i < code.size(); i++) {
            String t = code.code(i).strip();
            if (code.kind(i) == LineKind.CONTEXT || t.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher d = GUARD_DEFINE.matcher(t);
            boolean guard = d.matches() && guards.contains(d.group(1));
            if (!guard && !CONDITIONAL.matcher(t).find()) {
                return false;
            }
            any = true;
        }
        return any && !guards.isEmpty();
    }

    private static final Pattern IFNDEF = Pattern.compile("^\\s*#\\s*ifndef\\s+(\\w+)\\s*$");
    private static final Pattern GUARD_DEFINE = Pattern.compile("^#\\s*define\\s+(\\w+)\\s*$");
    private static final Pattern CONDITIONAL = Pattern.compile("^#\\s*(if|ifdef|ifndef|else|elif|endif)\\b");

    private static final Pattern DEFINE_HEAD = Pattern.compile("^#\\s*define\\s+\\w+(\\([^()]*\\))?");
    private static final Pattern STUB = Pattern.compile(
            "(static\\s+)?((inline|__always_inline)\\s+)?[\\w\\s\\*#]*?\\b\\w+\\s*\\([^()]*\\)\\s*\\{\\s*(return\\s+[\\w\\-]+\\s*;)?\\s*\\}");
    private static final Pattern STUB_GENERATOR = Pattern.compile("\\b\\w+_(NOOP|FALSE)\\s*\\([^()]*\\)");

    /** What {@link #stripCalls} leaves for a cut-out call statement. */
    private static final String CUT = "\u0001";

    /** Whether a function or macro name is an instrumentation hook (dept_*, trace_*, lockdep_*...). */
    static boolean isInstrumentation(String name) {
        return name != null && INSTRUMENTATION.matcher(name).matches();
    }

    /** The code with every neutral call expression (and its ';') removed; adds the kinds cut. */
    static String stripCalls(String code, java.util.Set<Kind> cut) {
        java.util.regex.Matcher debug = DEBUG_GATE.matcher(code);
        if (debug.find()) {
            cut.add(Kind.INSTRUMENTATION);
            code = debug.replaceAll("");
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = CALL.matcher(code);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(1);
            Kind kind = INSTRUMENTATION.matcher(name).matches() ? Kind.INSTRUMENTATION
                    : STATISTICS.matcher(name).matches() ? Kind.STATISTICS
                            : LOCKING.matcher(name).matches() && !name.equals("flags") ? Kind.LOCKING : null;
            int open = m.end() - 1;
            int close = matching(code, open);
            if (kind == null || close < 0) {
                out.append(code, from, m.end());
                from = m.end();
                continue;
            }
            out.append(code, from, m.start());
            int end = close + 1;
            while (end < code.length() && Character.isWhitespace(code.charAt(end))) {
                end++;
            }
            if (end < code.length() && code.charAt(end) == ';') {
                end++;
                out.append(CUT);
            }
            cut.add(kind);
            from = end;
        }
        out.append(code.substring(from));
        return out.toString();
    }

    /** A debug-config gate ({@code IS_ENABLED(CONFIG_DEBUG_VM) &&}): what it guards is instrumentation. */
    private static final Pattern DEBUG_GATE = Pattern
            .compile("\\bIS_ENABLED\\s*\\(\\s*CONFIG_DEBUG\\w*\\s*\\)\\s*&&");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern SYSCTL_LINE = Pattern.compile("^(\\{|\\},?|\\};|#\\s*(if|ifdef|ifndef|else|endif)\\b.*"
            + "|\\.(procname|data|maxlen|mode|proc_handler|extra1|extra2|child|poll)\\s*=.*"
            + "|(static\\s+)?(const\\s+)?struct\\s+ctl_table\\s+\\w+\\s*\\[\\s*\\]\\s*=\\s*\\{"
            + "|register_sysctl(_init)?\\s*\\(.*\\);)$");

    /**
     * Whether the changed lines are only ctl_table entries ({@code .procname = ..., .data = ...}), the
     * table's braces and register_sysctl_init(): a sysctl moved or added to /proc/sys, no behaviour.
     * A hunk of table entries alone (at least one {@code .procname} or {@code .data} line).
     */
    static boolean sysctlTableOnly(CodeLines code) {
        boolean entry = false;
        for (String line : code.changed()) {
            String t = line.strip();
            if (!SYSCTL_LINE.matcher(t).matches()) {
                return false;
            }
            entry |= t.startsWith(".procname") || t.startsWith(".data");
        }
        return entry;
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("[^=!<>+\\-*/&|^]=[^=]|\\+\\+|--");
    private static final Pattern HUGETLB = Pattern.compile("\\w*hugetlb\\w*|\\w*unmap_hugepage_range\\w*"
            + "|adjust_range_if_pmd_sharing_possible|huge_pmd_unshare\\w*|huge_pte_\\w+");

    /**
     * Whether every changed line that calls something calls only HugeTLB functions (hugetlb_*,
     * is_vm_hugetlb_page(), __unmap_hugepage_range*(), PMD sharing), the rest being control flow or
     * punctuation: a change of what a generic mm path does for hugetlb VMAs only.
     */
    static boolean hugetlbOnly(CodeLines code) {
        boolean any = false;
        for (String t : code.changed()) {
            java.util.Set<String> called = callees(t);
            if (called.isEmpty()) {
                // argument continuation lines and control flow ("&range.end);", "} else {", "return;"), not
                // an assignment or a declaration of its own
                if (ASSIGNMENT.matcher(t).find() || t.strip().matches("^(static\\s+)?\\w+\\s+\\**\\w+.*")) {
                    return false;
                }
                continue;
            }
            for (String c : called) {
                if (!HUGETLB.matcher(c).matches()) {
                    return false;
                }
            }
            any = true;
        }
        return any;
    }

    /** The kind of a changed code line that changes no modelled behaviour, or null. */
    static Kind kindOf(String code) {
        String t = code.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (ATTRIBUTE_LINE.matcher(t).matches()) {
            return Kind.DECLARATION;
        }
        List<String> ids = CTokens.identifiers(t);
        if (ids.isEmpty()) {
            return null;
        }
        String first = ids.get(0);
        if (INSTRUMENTATION.matcher(first).matches()) {
            return Kind.INSTRUMENTATION;
        }
        if (STATISTICS.matcher(first).matches()) {
            return Kind.STATISTICS;
        }
        boolean allLocking = true;
        for (String id : ids) {
            if (!LOCKING.matcher(id).matches()) {
                allLocking = false;
                break;
            }
        }
        return allLocking ? Kind.LOCKING : null;
    }

    /**
     * The reason the hunk's code changes are behaviour-neutral, or null: every changed line is
     * of a neutral kind, or the rest of the removed lines equals the rest of the added lines.
     */
    static String neutralReason(CodeLines code) {
        if (movesDefinesOnly(code)) {
            return "macro definitions moved only (the same #define lines elsewhere)";
        }
        if (movesStatements(code)) {
            return null;
        }
        if (attributesOnly(code)) {
            return "attributes or qualifiers only";
        }
        if (includeGuardOnly(code)) {
            return "an include guard only (an empty header)";
        }
        if (stubsOnly(code)) {
            return "stubs only (empty or constant bodies: a disabled configuration)";
        }
        if (sysctlTableOnly(code)) {
            return "sysctl table entries only (the /proc/sys interface: the engine takes these values as knobs)";
        }
        String calls = neutralCallsOnly(code);
        if (calls != null) {
            return calls;
        }
        List<String> restOld = new ArrayList<>();
        List<String> restNew = new ArrayList<>();
        Kind seen = null;
        boolean mixed = false;
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k == LineKind.CONTEXT || code.code(i).isBlank()) {
                continue;
            }
            Kind kind = kindOf(code.code(i));
            if (kind == null) {
                (k == LineKind.ADDED ? restNew : restOld).add(code.code(i).replaceAll("\\s+", ""));
            } else if (seen == null || seen == kind) {
                seen = kind;
            } else if (kind != Kind.DECLARATION && seen != Kind.DECLARATION) {
                mixed = true;
            } else if (seen == Kind.DECLARATION) {
                seen = kind;
            }
        }
        if (seen == null || !String.join("", restOld).equals(String.join("", restNew))) {
            return null;
        }
        return mixed ? "instrumentation, statistics or locking changes only" : seen.reason;
    }
}
