package mmlens.analysis.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.analysis.map.LineRule.Reading;

/** The structural recognisers of {@link VariantReaders}, one method per variant family. */
final class VariantRules {

    private VariantRules() {
    }

    private static KnobChange change(HunkView h, String knob, String oldV, String newV, int i, String variant,
            double c) {
        return new KnobChange(knob, oldV, newV, h.fileLine(i), h.evidence(i), variant, Math.min(1.0, c));
    }

    // ---- fallback-claim-steal

    private static final Pattern NEW_STRONG = Pattern.compile("\\b(__rmqueue_claim|__rmqueue_steal)\\b");
    private static final Pattern NEW_WEAK = Pattern
            .compile("\\b(try_to_claim_block|try_to_steal_block|should_try_claim_block|should_claim_block|RMQUEUE_CLAIM"
                    + "|RMQUEUE_STEAL)\\b");
    private static final Pattern OLD_STRONG = Pattern.compile("\\b__rmqueue_fallback\\b");
    private static final Pattern OLD_WEAK = Pattern.compile("\\b(steal_suitable_fallback|can_steal_fallback)\\b");

    /**
     * The fallback actions, old and new: a call of the one replaced by a call of the other is the
     * switch. The predicates (can_steal_fallback, should_claim_block) are not: renaming the one into
     * the other ("mm/page_alloc: Clarify terminology in migratetype fallback code") changes no call.
     */
    private static final Pattern OLD_ACTION = Pattern.compile("\\bsteal_suitable_fallback\\b");
    private static final Pattern NEW_ACTION = Pattern.compile("\\b(try_to_claim_block|try_to_steal_block)\\b");

    /** Occurrences of {@code p} on indented (in-body) added lines minus those on removed ones, or the reverse. */
    private static int callsOnBalance(HunkView h, Pattern p, boolean added) {
        int n = 0;
        for (int i = 0; i < h.size(); i++) {
            String t = h.text(i);
            if (t.isEmpty() || !Character.isWhitespace(t.charAt(0)) || !(h.added(i) || h.removed(i))) {
                continue;
            }
            int c = Markers.count(t, p);
            n += h.added(i) == added ? c : -c;
        }
        return n;
    }

    static KnobChange fallbackClaimSteal(HunkView h) {
        int aNew = Markers.added(h, NEW_STRONG);
        int aNewW = Markers.added(h, NEW_WEAK);
        int rOld = Markers.removed(h, OLD_STRONG);
        int rOldW = Markers.removed(h, OLD_WEAK);
        int rNew = Markers.removed(h, NEW_STRONG);
        int rNewW = Markers.removed(h, NEW_WEAK);
        int aOld = Markers.added(h, OLD_STRONG);
        int aOldW = Markers.added(h, OLD_WEAK);
        // a name on both sides of the hunk (a changed signature, a call site edited) is an edit of
        // that code, not a switch to or from it: only names the hunk adds or removes on balance count
        // a call of the old helper replaced by a call of the new one inside a function body is the switch
        // too ("don't steal single pages from biggest buddy" kept __rmqueue_fallback() and called
        // try_to_steal_block(), the posted name of try_to_claim_block(), where it had called
        // steal_suitable_fallback()); a definition renamed at column 0 alone is not
        boolean calls = callsOnBalance(h, OLD_ACTION, false) > 0 && callsOnBalance(h, NEW_ACTION, true) > 0;
        boolean callsBack = callsOnBalance(h, NEW_ACTION, false) > 0 && callsOnBalance(h, OLD_ACTION, true) > 0;
        boolean forward = aNew > rNew || rOld > aOld && aNewW > rNewW || calls;
        boolean reverse = aOld > rOld || rNew > aNew && aOldW > rOldW || callsBack;
        int fwdScore = 2 * aNew + aNewW + 2 * rOld + rOldW;
        int revScore = 2 * aOld + aOldW + 2 * rNew + rNewW;
        if (forward && reverse) {
            forward = fwdScore > revScore;
            reverse = revScore > fwdScore;
        }
        double pf = h.pathIs("mm/page_alloc.c", "mm/compaction.c", "mm/internal.h") ? 1.0 : 0.5;
        if (forward) {
            int i = Markers.firstAdded(h, aNew > 0 ? NEW_STRONG : NEW_WEAK);
            double c = aNew > 0 ? (rOld + rOldW > 0 ? 0.9 : 0.7) : 0.6;
            return change(h, "fallback_behaviour", "v6.12", "v6.18", i, "fallback-claim-steal", c * pf);
        }
        if (reverse) {
            int i = Markers.firstAdded(h, aOld > 0 ? OLD_STRONG : OLD_WEAK);
            double c = aOld > 0 ? (rNew + rNewW > 0 ? 0.9 : 0.7) : 0.6;
            return change(h, "fallback_behaviour", "v6.18", "v6.12", i, "fallback-claim-steal", c * pf);
        }
        return null;
    }

    // ---- free-high-threshold

    private static final Pattern FREE_COUNT_GE = Pattern.compile("\\bfree_count\\s*>=\\s*");
    private static final Pattern V618 = Pattern.compile("^batch\\s*\\+\\s*pcp->high_min\\s*(/\\s*2|>>\\s*1)$");

    static Reading freeHighLine(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = FREE_COUNT_GE.matcher(t);
        if (!m.find()) {
            return null;
        }
        String op = HunkView.operandAt(t, m.end());
        if (op == null) {
            return null;
        }
        op = KnobRules.unparen(op);
        String v = op.equals("batch") ? "v6.12" : V618.matcher(op).find() ? "v6.18" : null;
        int sc = h.inScope(i, "free_frozen_page_commit", "free_unref_page_commit");
        if (v == null) {
            // the threshold in its own function, neither 6.12's nor 6.18's: the engine runs those two only
            return sc == 1 ? new Reading(null, 1.0, "the free_high threshold free_count >= " + op
                    + " (the engine runs 6.12's batch or 6.18's batch + high_min / 2)") : null;
        }
        if (sc < 0 && !t.contains("free_high")) {
            return null;
        }
        return new Reading(v, sc == 1 ? 1.0 : 0.8);
    }

    static KnobChange freeHighThreshold(HunkView h) {
        return KnobReaders.pair(h, "pcp_free_high", VariantRules::freeHighLine, "free-high-threshold");
    }

    // ---- unaccepted

    private static final Pattern BUDDY = Pattern.compile("\\b(PageUnaccepted|__SetPageUnaccepted|__ClearPageUnaccepted"
            + "|PG_unaccepted|FPI_UNACCEPTED_SLOWPATH)\\b|PAGE_TYPE_OPS(_FALSE)?\\(\\s*Unaccepted");
    private static final Pattern ZONE = Pattern.compile("\\b(unaccepted_pages|try_to_accept_memory|try_to_accept_memory_one"
            + "|cond_accept_memory|__free_unaccepted|zones_with_unaccepted_pages|has_unaccepted_memory)\\b");
    private static final Pattern ACCEPT_PAGE = Pattern.compile("\\baccept_page\\s*\\(");
    private static final Pattern ACCEPT_MEMORY = Pattern.compile("\\baccept_memory\\s*\\(");
    private static final Pattern WHOLE = Pattern.compile("ULLONG_MAX|PHYS_ADDR_MAX|accept_memory\\s*\\(\\s*0\\s*,");
    private static final Pattern MEM_LOOP = Pattern.compile("\\bfor_each_\\w*mem\\w*range\\w*|\\bfor_each_memblock\\w*");
    private static final Pattern EAGER_DEFAULT = Pattern.compile("^\\s*static\\s+bool\\s+lazy_accept\\s*=\\s*false\\s*;");

    static KnobChange unaccepted(HunkView h) {
        if (!h.pathStartsWith("mm/", "include/linux/")) {
            return null;
        }
        int eager = eagerLine(h);
        if (eager >= 0) {
            String old = Markers.removed(h, BUDDY) > 0 ? "buddy-flag" : "zone-list";
            return change(h, "unaccepted", old, "eager", eager, "unaccepted-eager", 0.6);
        }
        // names on both sides of the hunk (a changed signature, an edited call) are an edit of that
        // design, not a switch to it: only what the hunk adds on balance counts
        int aB = Markers.added(h, BUDDY) - Markers.removed(h, BUDDY);
        int aZ = Markers.added(h, ZONE) - Markers.removed(h, ZONE);
        int acceptInBuddyPath = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.added(i) && ACCEPT_PAGE.matcher(h.text(i)).find()
                    && h.inScope(i, "post_alloc_hook", "__free_one_page", "expand", "split_free_page") == 1) {
                acceptInBuddyPath++;
            }
        }
        aB += acceptInBuddyPath;
        // a design the unchanged code already has (its names on context lines, or the function the
        // old side is in) is being edited, not brought in
        if (onOldSide(h, BUDDY)) {
            aB = 0;
        }
        if (onOldSide(h, ZONE)) {
            aZ = 0;
        }
        if (aB > 0 && aB > aZ) {
            int i = Markers.firstAdded(h, aB > acceptInBuddyPath ? BUDDY : ACCEPT_PAGE);
            return change(h, "unaccepted", "zone-list", "buddy-flag", i, "unaccepted-buddy-flag", aB >= 2 ? 0.9 : 0.6);
        }
        if (aZ > 0) {
            String old = Markers.removed(h, BUDDY) > 0 ? "buddy-flag" : null;
            return change(h, "unaccepted", old, "zone-list", Markers.firstAdded(h, ZONE), "unaccepted-zone-list",
                    aZ >= 2 ? 0.9 : 0.6);
        }
        return null;
    }

    /** Whether a context line, or the function an old-side line is in, names {@code p}. */
    private static boolean onOldSide(HunkView h, Pattern p) {
        for (int i = 0; i < h.size(); i++) {
            if (h.added(i)) {
                continue;
            }
            String scope = h.scope(i);
            if (!h.removed(i) && p.matcher(h.text(i)).find() || scope != null && p.matcher(scope).find()) {
                return true;
            }
        }
        return false;
    }

    private static int eagerLine(HunkView h) {
        for (int i = 0; i < h.size(); i++) {
            if (!h.added(i)) {
                continue;
            }
            String t = h.text(i);
            if (EAGER_DEFAULT.matcher(t).find()) {
                return i;
            }
            if (!ACCEPT_MEMORY.matcher(t).find()) {
                continue;
            }
            if (WHOLE.matcher(t).find()) {
                return i;
            }
            for (int j = Math.max(0, i - 3); j < i; j++) {
                if (!h.removed(j) && MEM_LOOP.matcher(h.text(j)).find()) {
                    return i;
                }
            }
        }
        return -1;
    }

    // ---- asi-split-unmovable

    private static final Pattern MT_SENSITIVE = Pattern.compile("\\bMIGRATE_\\w*SENSITIVE\\w*\\b");
    private static final Pattern FREELIST_SENS = Pattern.compile("(?i)(free_list|free_area)\\w*\\s*\\[.*sensitiv|sensitiv\\w*\\s*\\]\\s*\\[.*free_list|free_list.*\\bsensitiv");
    private static final Pattern ASI_MAP = Pattern.compile("\\basi_(map|unmap)\\w*\\s*\\(");
    private static final Pattern BLOCK = Pattern.compile("\\b(pageblock\\w*|\\w*migratetype\\w*)\\b");
    private static final Pattern SENS_GFP = Pattern.compile("\\b(__GFP_SENSITIVE|PageGlobalNonSensitive|ASI_GLOBAL_NONSENSITIVE)\\b");

    static KnobChange asi(HunkView h) {
        if (!h.pathStartsWith("mm/", "include/linux/")) {
            return null;
        }
        int best = -1;
        double c = 0;
        int i = Markers.firstAdded(h, MT_SENSITIVE);
        if (i >= 0) {
            best = i;
            c = 0.9;
        }
        i = Markers.firstAdded(h, FREELIST_SENS);
        if (i >= 0 && c < 0.8) {
            best = i;
            c = 0.8;
        }
        i = Markers.firstAdded(h, ASI_MAP);
        if (i >= 0 && h.pathStartsWith("mm/")) {
            // the allocator's own mapping calls; elsewhere (vmalloc, percpu) they only map objects
            double ci = !h.pathIs("mm/page_alloc.c") ? 0.3 : Markers.newSide(h, BLOCK) ? 0.7 : 0.5;
            if (ci > c) {
                best = i;
                c = ci;
            }
        }
        i = Markers.firstAdded(h, SENS_GFP);
        if (i >= 0 && c < 0.3) {
            best = i;
            c = 0.3;
        }
        return best < 0 ? null : change(h, "asi", "off", "split-unmovable", best, "asi-split-unmovable", c);
    }

    // ---- grouped-2m

    private static final Pattern POOL = Pattern.compile("\\b(execmem_cache\\w*|EXECMEM_ROX_CACHE|\\w*grouped_page\\w*"
            + "|__GFP_UNMAPPED|\\w*unmapped_alloc\\w*)\\b");
    private static final Pattern TWO_MIB = Pattern
            .compile("\\b(PMD_SIZE|PMD_SHIFT|PMD_ORDER|HPAGE_PMD_ORDER|HPAGE_PMD_SIZE|HPAGE_PMD_NR|SZ_2M)\\b");
    private static final Pattern PERM = Pattern
            .compile("\\b(set_memory_(rox|ro|rw|x|nx|np|4k)|set_direct_map_\\w+|VM_ALLOW_HUGE_VMAP)\\b");
    private static final Pattern ENABLE = Pattern.compile("flags\\s*(\\|?=)[^;]*\\bEXECMEM_ROX_CACHE\\b");

    static KnobChange grouped2m(HunkView h) {
        int i = Markers.firstAdded(h, POOL);
        if (i < 0) {
            return null;
        }
        double c = 0.5;
        if (Markers.newSide(h, TWO_MIB)) {
            c += 0.2;
        }
        if (Markers.newSide(h, PERM)) {
            c += 0.15;
        }
        int en = Markers.firstAdded(h, ENABLE);
        if (en >= 0) {
            i = en;
            c = Math.max(c, 0.8);
        }
        if (h.path != null && h.path.startsWith("arch/") && !h.path.startsWith("arch/x86/")) {
            c *= 0.5;
        }
        return change(h, "perm_grouping", "scattered", "grouped-2m", i, "grouped-2m", c);
    }

    // ---- deferred-flush

    private static final Pattern MIGRC = Pattern.compile("\\b\\w*(migrc|MIGRC)\\w*\\b|\\bluf_\\w+|\\b\\w+_luf\\b|\\bCONFIG_LUF\\b");

    /** A migrc identifier on a line of code rather than a preprocessor line: the better evidence. */
    private static final Pattern MIGRC_CODE = Pattern.compile("^\\s*[^#\\s].*(" + MIGRC.pattern() + ")");

    static KnobChange deferredFlush(HunkView h) {
        int n = Markers.added(h, MIGRC);
        if (n == 0) {
            return null;
        }
        double c = n >= 2 ? 0.85 : 0.6;
        if (h.path == null) {
            c -= 0.1;
        } else if (!h.pathStartsWith("mm/", "include/linux/", "arch/x86/")) {
            c *= 0.5;
        }
        int line = Markers.firstAdded(h, MIGRC_CODE);
        return change(h, "flush_policy", "batched", "deferred", line >= 0 ? line : Markers.firstAdded(h, MIGRC),
                "deferred-flush", c);
    }
}
