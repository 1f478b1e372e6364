package mmlens.analysis.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;
import mmlens.model.Trailer;

/**
 * Matches the patches of two versions of a series, in rounds; a patch matched in one round is not
 * considered again:
 * <ol>
 * <li>{@code change-id}: the same {@code Change-Id:} trailer (compared ignoring case);</li>
 * <li>{@code subject}: the same subject once normalised (lower case, white space collapsed, a
 * trailing period dropped), when unique on both sides;</li>
 * <li>{@code subject-tail}: the same subject after its last {@code "prefix: "} (the subsystem
 * renamed, e.g. {@code x86/mm:} → {@code efi/unaccepted:}), when unique on both sides;</li>
 * <li>{@code content}: the highest {@link #similarity} first, at least {@link #MIN_SIMILARITY}.</li>
 * </ol>
 * Patches only announced in a cover letter's shortlog (no diff) take part by subject only.
 * Deterministic: ties go to the lower old index, then the lower new index.
 */
public final class PatchMatcher {
    /** Least content similarity (Jaccard index of the changed lines and touched files) for a match. */
    public static final double MIN_SIMILARITY = 0.3;

    private PatchMatcher() {
    }

    /**
     * One matched pair.
     *
     * @param old        the patch of the older version
     * @param neu        the patch of the newer version
     * @param by         {@code change-id}, {@code subject}, {@code subject-tail} or {@code content}
     * @param similarity {@link #similarity} of the two (1 for identical changes)
     */
    public record Pair(Patch old, Patch neu, String by, double similarity) {
    }

    /**
     * The matching: pairs in the new version's order, then the patches of each side left alone
     * (dropped from the old version, added in the new one), in series order.
     */
    public record Matching(List<Pair> pairs, List<Patch> onlyOld, List<Patch> onlyNew) {
        public Matching {
            pairs = List.copyOf(pairs);
            onlyOld = List.copyOf(onlyOld);
            onlyNew = List.copyOf(onlyNew);
        }
    }

    public static Matching match(PatchSeries oldSeries, PatchSeries newSeries) {
        List<Patch> olds = new ArrayList<>(oldSeries.getPatches());
        List<Patch> news = new ArrayList<>(newSeries.getPatches());
        Map<Patch, Pair> byNew = new HashMap<>();
        Set<Patch> usedOld = new HashSet<>();
        round(olds, news, usedOld, byNew, "change-id", PatchMatcher::changeId);
        round(olds, news, usedOld, byNew, "subject", p -> normal(p.getSubject()));
        round(olds, news, usedOld, byNew, "subject-tail", p -> tail(normal(p.getSubject())));
        record Candidate(Patch o, Patch n, double sim, int oi, int ni) {
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            for (int j = 0; j < news.size(); j++) {
                Patch o = olds.get(i);
                Patch n = news.get(j);
                if (!usedOld.contains(o) && !byNew.containsKey(n) && hasDiff(o) && hasDiff(n)) {
                    double s = similarity(o, n);
                    if (s >= MIN_SIMILARITY) {
                        cands.add(new Candidate(o, n, s, i, j));
                    }
                }
            }
        }
        cands.sort((a, b) -> a.sim() != b.sim() ? Double.compare(b.sim(), a.sim())
                : a.oi() != b.oi() ? Integer.compare(a.oi(), b.oi()) : Integer.compare(a.ni(), b.ni()));
        for (Candidate c : cands) {
            if (!usedOld.contains(c.o()) && !byNew.containsKey(c.n())) {
                usedOld.add(c.o());
                byNew.put(c.n(), new Pair(c.o(), c.n(), "content", c.sim()));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<Patch> onlyNew = new ArrayList<>();
        for (Patch n : news) {
            Pair p = byNew.get(n);
            if (p != null) {
                pairs.add(p);
            } else {
                onlyNew.add(n);
            }
        }
        List<Patch> onlyOld = olds.stream().filter(o -> !usedOld.contains(o)).toList();
        return new Matching(pairs, onlyOld, onlyNew);
    }

    private interface Key {
        String of(Patch p);
    }

    private static void round(List<Patch> olds, List<Patch> news, Set<Patch> usedOld, Map<Patch, Pair> byNew, String by,
            Key key) {
        Map<String, List<Patch>> o = index(olds, p -> usedOld.contains(p) ? null : key.of(p));
        Map<String, List<Patch>> n = index(news, p -> byNew.containsKey(p) ? null : key.of(p));
        for (Map.Entry<String, List<Patch>> e : n.entrySet()) {
            List<Patch> os = o.get(e.getKey());
            if (e.getValue().size() == 1 && os != null && os.size() == 1) {
                Patch op = os.get(0);
                Patch np = e.getValue().get(0);
                usedOld.add(op);
                byNew.put(np, new Pair(op, np, by, similarity(op, np)));
            }
        }
    }

    private static Map<String, List<Patch>> index(List<Patch> ps, Key key) {
        Map<String, List<Patch>> m = new java.util.LinkedHashMap<>();
        for (Patch p : ps) {
            String k = key.of(p);
            if (k != null && !k.isEmpty()) {
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        return m;
    }

    static String changeId(Patch p) {
        for (Trailer t : p.getTrailers()) {
            if (t.getReplyMessageId() == null && "change-id".equalsIgnoreCase(t.getKey()) && t.getValue() != null) {
                return t.getValue().strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    static String normal(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String tail(String normalSubject) {
        if (normalSubject == null) {
            return null;
        }
        int i = normalSubject.lastIndexOf(": ");
        return i < 0 ? null : normalSubject.substring(i + 2).strip();
    }

    private static boolean hasDiff(Patch p) {
        return p.getOrigin() != PatchOrigin.SHORTLOG && !p.getFiles().isEmpty();
    }

    /**
     * Jaccard index of the two patches' features: each touched path, and each changed line
     * ({@code +}/{@code -} with its text, white space collapsed, blank lines left out) with its
     * path. 1 for the same change, 0 for nothing in common (or no diff).
     */
    public static double similarity(Patch a, Patch b) {
        Set<String> fa = features(a);
        Set<String> fb = features(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(fa);
        inter.retainAll(fb);
        return (double) inter.size() / (fa.size() + fb.size() - inter.size());
    }

    private static Set<String> features(Patch p) {
        Set<String> f = new LinkedHashSet<>();
        for (FileDiff d : p.getFiles()) {
            String path = d.getNewPath() != null ? d.getNewPath() : d.getOldPath();
            f.add("file " + path);
            for (Hunk h : d.getHunks()) {
                for (Line l : h.getLines()) {
                    if (l.getKind() != LineKind.CONTEXT && l.getText() != null) {
                        String t = l.getText().replaceAll("\\s+", " ").strip();
                        if (!t.isEmpty()) {
                            f.add(path + (l.getKind() == LineKind.ADDED ? " +" : " -") + t);
                        }
                    }
                }
            }
        }
        return f;
    }
}
