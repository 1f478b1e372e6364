package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import mmlens.engine.Knobs;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.LineKind;
import mmlens.model.MmlensFactory;

/**
 * Maps one hunk onto the engine from its code alone: the file path, the enclosing function, the
 * identifiers on its +/- lines and the knob values and variants its lines set. Never reads the
 * commit message, subject or cover letter. Never throws: a hunk it cannot read is unmodelled
 * with the reason.
 *
 * <p>Mechanisms come from, in order of weight:
 * <ol>
 * <li>knobs and variants read from the lines ({@link KnobReaders}, {@link VariantReaders});</li>
 * <li>the enclosing function, and functions whose definitions the change enters, in the symbol
 * catalog;</li>
 * <li>calls that the change adds or removes, when the callee belongs to another mechanism (a
 * flush added to a migration path touches both);</li>
 * <li>the file's mechanism when the function is not in the catalog (new or renamed code).</li>
 * </ol>
 */
public final class HunkMapper {
    /** Producer id stored on the annotations. */
    public static final String PRODUCER = "mmlens.analysis.map";

    /**
     * Least share of a file's catalogued symbols that must have the file's mechanism before a
     * hunk of an unknown function there takes it: files of many mechanisms (page_alloc.c,
     * memory.c, mm.h) never give one.
     */
    static final double FILE_SHARE = 0.6;

    private final SymbolCatalog catalog;
    private final KernelTree tree;

    /** @param tree an optional kernel tree ({@code --kernel-tree}), or null */
    public HunkMapper(SymbolCatalog catalog, KernelTree tree) {
        this.catalog = catalog;
        this.tree = tree;
    }

    /** Maps a hunk of {@code file}; the result is not attached. */
    public HunkMapping map(FileDiff file, Hunk hunk) {
        HunkMapping m = MmlensFactory.eINSTANCE.createHunkMapping();
        m.setProducer(PRODUCER);
        try {
            fill(m, file, hunk);
        } catch (RuntimeException e) {
            m.getMechanisms().clear();
            m.getKnobChanges().clear();
            StackTraceElement at = null;
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("mmlens.")) {
                    at = el;
                    break;
                }
            }
            m.setUnmodelled("the hunk could not be read (" + e.getClass().getSimpleName()
                    + (at == null ? "" : " at " + at.getFileName() + ":" + at.getLineNumber()) + ")");
            m.setConfidence(0);
        }
        return m;
    }

    private void fill(HunkMapping m, FileDiff file, Hunk hunk) {
        String path = file.getNewPath() != null ? file.getNewPath() : file.getOldPath();
        if (file.isBinary()) {
            unmodelled(m, "binary diff");
            return;
        }
        CodeLines code = CodeLines.of(hunk);
        FunctionResolver.Resolved fn = FunctionResolver.resolve(path, hunk, code, tree);
        m.setFunction(fn.name() == null ? "" : fn.name());
        m.setFunctionSource(fn.source());
        String pathReason = PathRules.hardReason(path);
        if (pathReason != null) {
            unmodelled(m, pathReason);
            return;
        }
        if (!code.hasChanges()) {
            unmodelled(m, "no changed lines (a quoted or truncated hunk)");
            return;
        }
        if (!code.changesCode()) {
            boolean blank = hunk.getLines().stream()
                    .allMatch(l -> l.getKind() == LineKind.CONTEXT || l.getText() == null || l.getText().isBlank());
            unmodelled(m, blank ? "white space only (blank lines)" : "comment only");
            return;
        }
        if (code.whitespaceOnly()) {
            unmodelled(m, "white space only");
            return;
        }
        String gated = KnobReaders.neverBuilt(path, fn.name(), hunk);
        if (gated != null) {
            unmodelled(m, gated);
            return;
        }
        List<KnobChange> knobs = new ArrayList<>();
        knobs.addAll(KnobReaders.read(path, fn.name(), hunk));
        knobs.addAll(VariantReaders.read(path, fn.name(), hunk));
        Set<String> mechanisms = new TreeSet<>();
        List<String> evidence = new ArrayList<>();
        double confidence = 0;
        for (KnobChange k : knobs) {
            Knobs.Info info = Knobs.info(k.knob());
            if (info != null) {
                mechanisms.add(info.mechanism());
            }
            mechanisms.addAll(KnobMechanisms.extra(k));
            evidence.add(k.evidence());
            confidence = Math.max(confidence, k.confidence());
            if (k.variant() != null && m.getVariant() == null) {
                m.setVariant(k.variant());
            }
            mmlens.model.KnobChange mk = MmlensFactory.eINSTANCE.createKnobChange();
            mk.setKnob(k.knob());
            mk.setOldValue(k.oldValue());
            mk.setNewValue(k.newValue());
            mk.setLine(k.line());
            mk.setEvidence(k.evidence());
            mk.setVariant(k.variant());
            m.getKnobChanges().add(mk);
        }
        String neutral = knobs.isEmpty() ? ChangeFilter.neutralReason(code) : null;
        if (neutral == null && knobs.isEmpty() && ChangeFilter.hugetlbOnly(code)) {
            neutral = "HugeTLB calls only (hugetlbfs is not modelled: the engine's VMAs are never hugetlb)";
        }
        if (neutral == null && knobs.isEmpty() && fn.name() != null && ChangeFilter.isInstrumentation(fn.name())
                && fn.others().stream().allMatch(ChangeFilter::isInstrumentation)) {
            neutral = "instrumentation only (" + fn.name() + ")";
        }
        if (neutral != null) {
            unmodelled(m, neutral);
            return;
        }
        Set<Mechanism> proposed = proposed(code, path, evidence);
        String area = PathRules.areaReason(path);
        if (area != null) {
            if (proposed.isEmpty() && knobs.isEmpty()) {
                unmodelled(m, area);
                return;
            }
            proposed.forEach(x -> mechanisms.add(x.id()));
            m.getMechanisms().addAll(mechanisms);
            m.getEvidence().addAll(new LinkedHashSet<>(evidence));
            m.setConfidence(knobs.isEmpty() ? 0.7 : confidence);
            return;
        }
        Set<Mechanism> fromCode = new LinkedHashSet<>(proposed);
        String notModelled = null;
        boolean functionKnown = false;
        List<String> functions = new ArrayList<>();
        // R1: a renamed call site changes the callee's name, not the caller's mechanism
        // (a call switched between two functions 6.18 both has is a different call, not a rename)
        boolean callRename = fn.others().isEmpty() && renamesOnly(ChangeFilter.callSiteRenames(code));
        if (fn.name() != null && !callRename) {
            functions.add(fn.name());
        }
        functions.addAll(fn.others());
        for (String f : functions) {
            SymbolCatalog.Entry e = best(f, path);
            if (e == null && f.equals(fn.name()) && cutShort(hunk.getFunction(), f)) {
                e = byPrefix(f, path);
                if (e != null) {
                    evidence.add(f + "... (cut short in the hunk header: " + e.name() + ")");
                }
            }
            if (e == null) {
                continue;
            }
            if (e.kind().equals("macro") && path != null && !path.equals(e.file()) && definedHere(code, f)) {
                continue; // a file's own macro of the same name (a tracer's MAX_PAGE_ORDER), not the kernel's
            }
            if (f.equals(fn.name())) {
                functionKnown = true;
            }
            if (e.mechanism() != null) {
                fromCode.add(e.mechanism());
                evidence.add(f + (catalog.lookup(f).isEmpty() ? " (a name of linux " + SymbolCatalog.older().kernelVersion()
                        + ", not in 6.18)" : "") + (e.engineClass() != null ? " (engine: " + e.engineClass() + ")" : ""));
            } else if (f.equals(fn.name())) {
                notModelled = f + " (" + e.file() + ") is not modelled";
            }
        }
        if (fromCode.isEmpty() && fn.name() != null && (fn.name().startsWith("enum ") || isEnum(fn.name()))) {
            // an enum of many purposes (zone_flags): the enumerators the hunk changes say which
            Set<Mechanism> named = enumerators(code, evidence);
            if (!named.isEmpty()) {
                fromCode.addAll(named);
                functionKnown = true;
                notModelled = null;
            }
        }
        double codeConfidence = functionKnown ? 0.9 : 0.6;
        if (callRename && fromCode.isEmpty()) {
            notModelled = "call sites renamed only";
        }
        Set<Mechanism> constants;
        if (fromCode.isEmpty() && !functionKnown && notModelled == null) {
            Mechanism fileMech = path == null ? null : catalog.fileMechanism(path);
            if (fileMech != null && catalog.fileMechanismShare(path) >= FILE_SHARE) {
                fromCode.add(fileMech);
                evidence.add(path + " (file)");
                codeConfidence = 0.6;
            } else if (fn.name() == null && !(constants = constants(code, path, evidence)).isEmpty()) {
                // no function known (a header naming a label) in a file of many mechanisms: its flags say
                fromCode.addAll(constants);
                codeConfidence = 0.5;
            } else if (notModelled == null && path != null) {
                notModelled = (fn.name() != null ? fn.name() + " in " : "") + path + " is not modelled";
            }
        }
        for (Mechanism callee : changedCalls(code, path, fromCode, evidence)) {
            fromCode.add(callee);
        }
        if (!fromCode.isEmpty()) {
            fromCode.addAll(flagsUsed(code, fromCode, evidence));
        }
        if (!fromCode.isEmpty()) {
            fromCode.addAll(tunablesTested(code, fromCode, evidence));
        }
        fromCode.forEach(x -> mechanisms.add(x.id()));
        keepFeatureOnly(mechanisms, proposed, code, hunk);
        if (mechanisms.isEmpty()) {
            unmodelled(m, notModelled != null ? notModelled
                    : "nothing the engine models (no known function or identifier)");
            return;
        }
        m.getMechanisms().addAll(mechanisms);
        if (knobs.isEmpty()) {
            KnobReaders.unrunnable(path, fn.name(), hunk).forEach(u -> evidence.add(UNRUNNABLE + u));
        }
        m.getEvidence().addAll(new LinkedHashSet<>(evidence));
        m.setConfidence(knobs.isEmpty() ? codeConfidence : Math.max(confidence, codeConfidence));
    }

    /** Evidence prefix of a knob expression the hunk sets to a value the engine cannot run. */
    public static final String UNRUNNABLE = "unrunnable: ";

    /**
     * Mechanisms of calls the change adds or removes (called on one side only) whose callee the
     * catalog assigns to another mechanism than the hunk's own.
     */
    private Set<Mechanism> changedCalls(CodeLines code, String path, Set<Mechanism> own, List<String> evidence) {
        Set<String> oldCalls = new HashSet<>();
        Set<String> newCalls = new HashSet<>();
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k == LineKind.CONTEXT || ChangeFilter.kindOf(code.code(i)) != null) {
                continue;
            }
            (k == LineKind.ADDED ? newCalls : oldCalls).addAll(calls(code.code(i)));
        }
        Set<String> changed = new TreeSet<>(newCalls);
        changed.removeAll(oldCalls);
        Set<String> removed = new TreeSet<>(oldCalls);
        removed.removeAll(newCalls);
        changed.addAll(removed);
        if (conditions(code, LineKind.ADDED) > conditions(code, LineKind.REMOVED)) {
            // a call on both sides that the change puts under a new condition: whether it happens changed
            Set<String> kept = new TreeSet<>(newCalls);
            kept.retainAll(oldCalls);
            changed.addAll(kept);
        }
        Set<Mechanism> r = new LinkedHashSet<>();
        for (String c : changed) {
            SymbolCatalog.Entry e = best(c, null);
            if (e != null && e.mechanism() != null && !own.contains(e.mechanism()) && definesMechanism(e)
                    && newCalls.contains(c) && ENTRY_POINTS.matcher(c).matches()) {
                r.add(e.mechanism());
                evidence.add(c + "()");
            }
        }
        return r;
    }

    /**
     * Mechanisms of the state flags a change starts to set or test besides the hunk's own: the
     * enumerators, on + lines only, of an enum of many purposes (zone_flags: ZONE_BOOSTED_WATERMARK is
     * watermark's, ZONE_RECLAIM_ACTIVE reclaim's).
     */
    private Set<Mechanism> flagsUsed(CodeLines code, Set<Mechanism> own, List<String> evidence) {
        Set<String> before = new HashSet<>();
        code.changed(LineKind.REMOVED).forEach(l -> before.addAll(CTokens.identifiers(l)));
        Set<Mechanism> r = new LinkedHashSet<>();
        for (String line : code.changed(LineKind.ADDED)) {
            for (String id : CTokens.identifiers(line)) {
                if (before.contains(id)) {
                    continue;
                }
                for (SymbolCatalog.Entry e : catalog.lookup(id)) {
                    if (!e.kind().equals("enumerator") || e.mechanism() == null || own.contains(e.mechanism())) {
                        continue;
                    }
                    SymbolCatalog.Entry en = catalog.enumOf(e);
                    if (en != null && en.mechanism() == null && r.add(e.mechanism())) {
                        evidence.add(id + (e.engineClass() != null ? " (engine: " + e.engineClass() + ")" : ""));
                    }
                    break;
                }
            }
        }
        return r;
    }

    /** Kernel variables holding an engine knob's value (tlb_single_page_flush_ceiling, ...), to the knob. */
    private static final java.util.Map<String, Knobs.Info> TUNABLES = tunables();

    private static java.util.Map<String, Knobs.Info> tunables() {
        java.util.Map<String, Knobs.Info> m = new java.util.HashMap<>();
        for (Knobs.Info i : Knobs.all()) {
            String sym = i.kernelSymbol();
            // a variable of the kernel (a sysctl's or a tunable's), not a macro or a function every caller names
            List<SymbolCatalog.Entry> es = sym == null ? List.of() : SymbolCatalog.get().lookup(sym);
            if (es.stream().anyMatch(e -> e.kind().equals("variable")) && es.stream().noneMatch(e -> e.kind().equals("macro"))) {
                m.put(sym, i);
            }
        }
        return m;
    }

    /**
     * Mechanisms of engine tunables the hunk's changed lines test or use besides the hunk's own: a CPA
     * flush that decides against tlb_single_page_flush_ceiling is a TLB-flush decision too.
     */
    private static Set<Mechanism> tunablesTested(CodeLines code, Set<Mechanism> own, List<String> evidence) {
        Set<Mechanism> r = new LinkedHashSet<>();
        for (String line : code.changed()) {
            for (String id : CTokens.identifiers(line)) {
                Knobs.Info k = TUNABLES.get(id);
                Mechanism mech = k == null ? null : Mechanism.fromId(k.mechanism());
                if (mech != null && !own.contains(mech) && r.add(mech)) {
                    evidence.add(id + " (the tunable of knob " + k.name() + ")");
                }
            }
        }
        return r;
    }

    private static final java.util.regex.Pattern IF = java.util.regex.Pattern.compile("\\bif\\s*\\(");

    /** {@code if} statements on the lines of one kind. */
    private static int conditions(CodeLines code, LineKind kind) {
        int n = 0;
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) == kind && IF.matcher(code.code(i)).find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Calls whose addition (or a new condition on them) moves a hunk into their mechanism: TLB
     * flushes, shootdowns and their batching, zapping page-table ranges, direct-map changes; and the
     * allocator's actions of another mechanism: waking kswapd or kcompactd, reclaiming, compacting,
     * (un)reserving highatomic blocks, boosting or testing watermarks, draining pcp lists, migrating,
     * accepting memory. Other callees are shared helpers whose use says little about what the hunk
     * changes.
     */
    private static final java.util.regex.Pattern ENTRY_POINTS = java.util.regex.Pattern
            .compile("^(flush_tlb_\\w+|__flush_tlb_\\w+|tlb_flush\\w*|try_to_unmap_flush\\w*|arch_tlbbatch_\\w+"
                    + "|set_tlb_ubc_flush_pending|should_defer_flush|zap_page_range\\w*|zap_vma_ptes|unmap_page_range"
                    + "|set_direct_map_\\w+|set_memory_\\w+|__change_page_attr\\w*"
                    + "|wakeup_kswapd|wake_all_kswapds|try_to_free_pages|wakeup_kcompactd|try_to_compact_pages"
                    + "|compact_zone\\w*|compact_node\\w*|reserve_highatomic_pageblock|unreserve_highatomic_pageblock"
                    + "|boost_watermark|setup_per_zone_wmarks|__zone_watermark_ok|zone_watermark_ok\\w*"
                    + "|drain_all_pages|drain_local_pages|drain_pages\\w*|free_pcppages_bulk"
                    + "|migrate_pages|migrate_misplaced_folio|accept_memory|try_to_accept_memory\\w*)$");

    private static final java.util.regex.Pattern BUILD_FILE = java.util.regex.Pattern
            .compile("(^|/)(Kconfig[\\w.]*|Makefile|Kbuild)$");

    /** Mechanisms of ASI and unaccepted-memory identifiers on the +/- lines and of the file name. */
    private static Set<Mechanism> proposed(CodeLines code, String path, List<String> evidence) {
        Set<Mechanism> r = new LinkedHashSet<>();
        Mechanism f = ProposedNames.ofFile(path);
        if (f != null) {
            r.add(f);
            evidence.add(path + " (file)");
        }
        if (path != null && BUILD_FILE.matcher(path).find()) {
            // a Kconfig or Makefile entry declares an option or object: the code it enables carries the mechanism
            return r;
        }
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) == LineKind.CONTEXT) {
                continue;
            }
            for (String id : CTokens.identifiers(code.code(i))) {
                Mechanism m = ProposedNames.of(id);
                if (m != null && r.add(m)) {
                    evidence.add(id);
                }
            }
        }
        return r;
    }

    /**
     * R9 and boot-time feature enablement: a hunk that only hooks a proposed feature into existing
     * code ({@link FeatureGates}) keeps the feature's mechanism alone when the feature is unaccepted
     * memory (the allocator side of lazy acceptance is unaccepted), the code is boot-time set-up
     * ({@code __init}) or a static object's initialiser; a run-time hook of ASI keeps both (R8).
     */
    private static void keepFeatureOnly(Set<String> mechanisms, Set<Mechanism> proposed, CodeLines code, Hunk hunk) {
        for (Mechanism f : proposed) {
            boolean applies = f.id().equals("unaccepted") || bootCode(hunk) || staticInitialiser(hunk);
            if (applies && FeatureGates.hookOnly(code, f)) {
                mechanisms.retainAll(Set.of(f.id()));
                return;
            }
        }
    }

    /** Whether the hunk is inside the initialiser of a static object (its header ends with "= {"): data, not code. */
    /**
     * Whether call-site renames are renames: some old callee is gone from 6.18 or some new one is not
     * in it yet. A call moved from one function to another that 6.18 both defines is a change of call.
     */
    private boolean renamesOnly(java.util.Map<String, String> renames) {
        if (renames.isEmpty()) {
            return false;
        }
        for (java.util.Map.Entry<String, String> r : renames.entrySet()) {
            if (!isFunction(r.getKey()) || !isFunction(r.getValue())) {
                return true;
            }
        }
        return false;
    }

    private boolean isFunction(String name) {
        for (SymbolCatalog.Entry e : catalog.lookup(name)) {
            if (e.kind().equals("function")) {
                return true;
            }
        }
        return false;
    }

    private static boolean staticInitialiser(Hunk hunk) {
        return hunk.getFunction() != null && hunk.getFunction().strip().matches(".*=\\s*\\{$");
    }

    /** Whether the hunk's function is boot-time set-up: its header or a context definition says __init. */
    private static boolean bootCode(Hunk hunk) {
        if (hunk.getFunction() != null && CTokens.tokens(hunk.getFunction()).contains("__init")) {
            return true;
        }
        for (mmlens.model.Line l : hunk.getLines()) {
            String t = l.getText() == null ? "" : l.getText();
            if (l.getKind() == LineKind.CONTEXT && FunctionResolver.definitionName(t) != null
                    && CTokens.tokens(t).contains("__init")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mechanisms of the catalogued constants (macros, enumerators) of the hunk's own file or,
     * for mm/ files, of mm's private header mm/internal.h on its changed lines (instrumentation lines skipped), when they name one
     * mechanism; else empty.
     */
    private Set<Mechanism> constants(CodeLines code, String path, List<String> evidence) {
        Set<Mechanism> r = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) == LineKind.CONTEXT || ChangeFilter.kindOf(code.code(i)) != null) {
                continue;
            }
            for (String id : CTokens.identifiers(code.code(i))) {
                for (SymbolCatalog.Entry e : catalog.lookup(id)) {
                    boolean constant = "macro".equals(e.kind()) || "enumerator".equals(e.kind());
                    if (constant && e.mechanism() != null && e.file() != null
                            && (e.file().equals(path) || path.startsWith("mm/") && e.file().equals("mm/internal.h"))) {
                        r.add(e.mechanism());
                        names.add(id);
                    }
                }
            }
        }
        if (r.size() != 1) {
            return Set.of();
        }
        evidence.addAll(new LinkedHashSet<>(names));
        return r;
    }

    /** Whether a callee is an entry point of its mechanism rather than a shared helper. */
    private static boolean definesMechanism(SymbolCatalog.Entry e) {
        String f = e.file();
        return f != null && (f.endsWith(".c") || f.endsWith("tlbflush.h") || f.endsWith("set_memory.h"));
    }

    private static List<String> calls(String code) {
        List<String> r = new ArrayList<>();
        List<String> t = CTokens.tokens(code);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (CTokens.isIdentifier(t.get(i)) && t.get(i + 1).equals("(") && !CTokens.KEYWORDS.contains(t.get(i))) {
                r.add(t.get(i));
            }
        }
        return r;
    }

    /**
     * The catalog entry for a name, preferring one in {@code path}, then one with a mechanism; a name
     * 6.18 does not have is looked up among the older kernel's ({@link SymbolCatalog#older()}).
     */
    /** Whether the hunk's changed lines {@code #define} {@code name}. */
    private static boolean definedHere(CodeLines code, String name) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^\\s*#\\s*define\\s+" + java.util.regex.Pattern.quote(name)
                + "\\b");
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) != LineKind.CONTEXT && p.matcher(code.code(i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern
            .compile("^\\s*([A-Z_][A-Z0-9_]*)\\s*(=[^,]*)?,?\\s*$");

    private boolean isEnum(String name) {
        return catalog.lookup(name).stream().anyMatch(e -> e.kind().equals("enum"));
    }

    /** Mechanisms of the enumerators on the hunk's changed lines that the catalog knows. */
    private Set<Mechanism> enumerators(CodeLines code, List<String> evidence) {
        Set<Mechanism> r = new LinkedHashSet<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.kind(i) == LineKind.CONTEXT) {
                continue;
            }
            java.util.regex.Matcher m = ENUMERATOR.matcher(code.code(i));
            if (!m.matches()) {
                continue;
            }
            for (SymbolCatalog.Entry e : catalog.lookup(m.group(1))) {
                if (e.kind().equals("enumerator") && e.mechanism() != null) {
                    r.add(e.mechanism());
                    evidence.add(e.name() + (e.engineClass() != null ? " (engine: " + e.engineClass() + ")" : ""));
                    break;
                }
            }
        }
        return r;
    }

    private SymbolCatalog.Entry best(String name, String path) {
        List<SymbolCatalog.Entry> all = catalog.lookup(name);
        if (all.isEmpty()) {
            all = SymbolCatalog.older().lookup(name);
        }
        if (all.isEmpty()) {
            return null;
        }
        if (path != null) {
            for (SymbolCatalog.Entry e : all) {
                if (path.equals(e.file())) {
                    return e;
                }
            }
        }
        for (SymbolCatalog.Entry e : all) {
            if (e.mechanism() != null && e.file() != null && e.file().endsWith(".c")) {
                return e;
            }
        }
        for (SymbolCatalog.Entry e : all) {
            if (e.mechanism() != null) {
                return e;
            }
        }
        return all.get(0);
    }

    /**
     * Whether git cut the function context after {@code name}: older git writes at most 40
     * characters of it, so a header of that length ending in the name may hold only its start.
     */
    static boolean cutShort(String header, String name) {
        if (header == null || name == null) {
            return false;
        }
        String h = header.stripLeading();
        return h.strip().length() == FunctionResolver.GIT_FUNC_CONTEXT_MAX && h.strip().endsWith(name);
    }

    /**
     * The function a cut-short name begins: the one function (6.18's, else an older kernel's) whose
     * name starts with it, preferring one in {@code path}; null when none or several different ones.
     */
    private SymbolCatalog.Entry byPrefix(String prefix, String path) {
        List<SymbolCatalog.Entry> all = catalog.lookupFunctionPrefix(prefix);
        if (all.isEmpty()) {
            all = SymbolCatalog.older().lookupFunctionPrefix(prefix);
        }
        if (all.stream().map(SymbolCatalog.Entry::name).distinct().count() != 1) {
            return null;
        }
        return best(all.get(0).name(), path);
    }

    private static void unmodelled(HunkMapping m, String reason) {
        m.getMechanisms().clear();
        m.setUnmodelled(reason);
        m.setConfidence(1.0);
    }
}
