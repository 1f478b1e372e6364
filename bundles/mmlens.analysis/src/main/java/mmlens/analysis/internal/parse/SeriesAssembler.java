package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mmlens.analysis.parse.SubjectPrefix;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/**
 * Groups units into series. Units are joined when one replies to another (In-Reply-To or
 * References naming a unit's Message-ID) or both answer the same message, present or not (the
 * patches of a series whose cover letter was not saved with them), and unthreaded units (separate format-patch files of
 * one series) are joined when their subject counters agree on version, total and RFC. Patches are ordered by
 * index; indexes announced by a cover letter's shortlog but absent get a SHORTLOG placeholder; a
 * reply's comments are re-anchored onto the patch it quotes when that patch is present. A reply
 * that carries its own patch is not joined to the thread it answers: it starts a series of its own.
 */
public final class SeriesAssembler {

    private final List<Unit> units = new ArrayList<>();

    void add(Unit unit) {
        if (!unit.isEmpty()) {
            units.add(unit);
        }
    }

    /** Series in order of their first unit; each lists the source files it was built from. */
    List<PatchSeries> assemble() {
        int[] parent = new int[units.size()];
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            parent[i] = i;
            if (units.get(i).messageId != null) {
                byId.putIfAbsent(units.get(i).messageId, i);
            }
        }
        Map<String, Integer> bySignature = new HashMap<>();
        Map<String, Integer> byLink = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            List<String> links = new ArrayList<>(u.references);
            if (u.inReplyTo != null) {
                links.add(u.inReplyTo);
            }
            if (u.ownPatch) {
                links.clear(); // a counter-proposal is a series of its own, not a patch of the one it answers
            }
            for (String id : links) {
                Integer j = byId.get(id);
                if (j != null) {
                    union(parent, i, j);
                }
                // units answering the same message are one thread even when that message (a cover
                // letter not saved with its patches) is not here
                Integer k = byLink.putIfAbsent(id, i);
                if (k != null) {
                    union(parent, i, k);
                }
            }
            if (u.prefix.total() > 0 && !u.reply && links.isEmpty()) {
                String sig = u.prefix.version() + "/" + u.prefix.total() + "/" + u.prefix.rfc();
                Integer j = bySignature.putIfAbsent(sig, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Unit>> groups = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(units.get(i));
        }
        List<PatchSeries> out = new ArrayList<>();
        for (List<Unit> g : groups.values()) {
            // replies holding only follow-up trailers for a thread that is not here make no series
            if (g.stream().anyMatch(u -> u.cover != null || u.patch != null || !u.comments.isEmpty())) {
                out.add(series(g));
            }
        }
        return out;
    }

    private static PatchSeries series(List<Unit> group) {
        PatchSeries s = MmlensFactory.eINSTANCE.createPatchSeries();
        SeriesMeta meta = new SeriesMeta();
        List<Patch> patches = new ArrayList<>();
        List<Unit> replies = new ArrayList<>();
        for (Unit u : group) {
            if (!s.getSources().contains(u.sourceFile)) {
                s.getSources().add(u.sourceFile);
            }
            s.setRfc(s.isRfc() || u.prefix.rfc());
            s.setVersion(Math.max(s.getVersion(), u.prefix.version()));
            s.setTotal(Math.max(s.getTotal(), u.prefix.total()));
            meta.mergeFrom(u.meta);
            meta.mergeFrom(u.coverFacts.meta);
            if (u.cover != null && s.getCoverLetter() == null) {
                s.setCoverLetter(u.cover);
                s.getDiffstat().addAll(u.coverFacts.diffstat);
                placeholders(u.coverFacts.shortlog, patches);
            }
            if (u.reply && !u.ownPatch) {
                replies.add(u);
            } else if (u.patch != null) {
                patches.add(u.patch);
            }
            s.getReviewComments().addAll(u.comments);
        }
        for (Unit r : replies) {
            attachReply(r, patches);
        }
        Set<Integer> present = new HashSet<>();
        patches.stream().filter(p -> p.getOrigin() != PatchOrigin.SHORTLOG).forEach(p -> present.add(p.getIndex()));
        patches.removeIf(p -> p.getOrigin() == PatchOrigin.SHORTLOG && present.contains(p.getIndex()));
        patches.sort(Comparator.comparingInt(Patch::getIndex));
        s.getPatches().addAll(patches);
        incomplete(s, patches);
        FollowupAssembler.attach(group, s);
        s.setBaseCommit(meta.baseCommit);
        s.setChangeId(meta.changeId);
        s.getPrerequisiteIds().addAll(meta.prerequisites);
        s.setTitle(s.getCoverLetter() != null ? s.getCoverLetter().getSubject()
                : patches.isEmpty() ? group.get(0).prefix.subject() : patches.get(0).getSubject());
        return s;
    }

    /**
     * A series whose subject counters announce N patches but whose input lacks some of them: with
     * two or more present, or its cover letter, a warning naming the missing ones (at the cover
     * letter, else the first patch): map and check run the patches present, in order, as if the
     * others were not part of it; one patch alone (a patch of a series reviewed by itself) gets an
     * info that it runs without the rest. A placeholder from the cover letter's shortlog is no patch.
     */
    private static void incomplete(PatchSeries s, List<Patch> patches) {
        Set<Integer> present = new java.util.TreeSet<>();
        Patch first = null;
        for (Patch p : patches) {
            if (p.getOrigin() != PatchOrigin.SHORTLOG) {
                present.add(p.getIndex());
                first = first == null ? p : first;
            }
        }
        if (s.getTotal() <= 1 || first == null || present.size() >= s.getTotal()) {
            return;
        }
        String file = s.getCoverLetter() != null ? s.getCoverLetter().getSourceFile() : first.getSourceFile();
        int line = s.getCoverLetter() != null ? s.getCoverLetter().getSourceLine() : first.getSourceLine();
        if (present.size() == 1 && s.getCoverLetter() == null) {
            s.getDiagnostics().add(Diags.create(mmlens.model.Severity.INFO, file, line, "series-incomplete",
                    "patch " + first.getIndex() + " of " + s.getTotal() + " without the rest of its series:"
                            + " map and check run it on mainline alone"));
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= s.getTotal(); i++) {
            if (present.contains(i)) {
                continue;
            }
            int j = i;
            while (j + 1 <= s.getTotal() && !present.contains(j + 1)) {
                j++;
            }
            final int k = i;
            String named = i != j ? "" : patches.stream().filter(p -> p.getIndex() == k && p.getOrigin() == PatchOrigin.SHORTLOG)
                    .map(p -> " (\"" + p.getSubject() + "\", named in the cover letter)").findFirst().orElse("");
            missing.add((i == j ? Integer.toString(i) : i + "-" + j) + named);
            i = j;
        }
        boolean one = missing.size() == 1 && !missing.get(0).matches("\\d+-\\d+.*");
        s.getDiagnostics().add(Diags.create(mmlens.model.Severity.WARNING, file, line, "series-incomplete",
                (one ? "patch " : "patches ") + String.join(", ", missing) + " of " + s.getTotal()
                        + (one ? " is" : " are") + " not in the input: map and check run the " + present.size()
                        + " present, in order, without " + (one ? "it" : "them")));
    }

    private static void placeholders(List<String> shortlog, List<Patch> patches) {
        for (int i = 0; i < shortlog.size(); i++) {
            Patch p = MmlensFactory.eINSTANCE.createPatch();
            p.setOrigin(PatchOrigin.SHORTLOG);
            p.setIndex(i + 1);
            SubjectPrefix sp = SubjectPrefix.parse(shortlog.get(i));
            p.setSubject(sp.subject());
            p.getTags().addAll(sp.tags());
            p.setRawSubject(shortlog.get(i));
            patches.add(p);
        }
    }

    /** Moves a reply's comments onto the patch it answers; keeps its quoted patch only if that one is absent. */
    private static void attachReply(Unit r, List<Patch> patches) {
        Patch target = null;
        for (Patch p : patches) {
            if (p.getMessageId() != null && (p.getMessageId().equals(r.inReplyTo) || r.references.contains(p.getMessageId()))) {
                target = p;
            }
        }
        if (target == null || target.getOrigin() == PatchOrigin.SHORTLOG) {
            if (r.patch != null) {
                if (target != null) {
                    patches.remove(target);
                }
                patches.add(r.patch);
            }
            for (ReviewComment c : r.comments) {
                c.setPatch(r.patch != null ? r.patch : target);
            }
            return;
        }
        for (ReviewComment c : r.comments) {
            c.setPatch(target);
            reanchor(c, target);
        }
    }

    private static void reanchor(ReviewComment c, Patch target) {
        if (c.getHunk() == null) {
            c.setFile(null);
            c.setLine(null);
            return;
        }
        FileDiff quotedFile = c.getFile();
        Hunk quotedHunk = c.getHunk();
        Line quotedLine = c.getLine();
        c.setFile(null);
        c.setHunk(null);
        c.setLine(null);
        for (FileDiff f : target.getFiles()) {
            if (!same(f.getNewPath(), quotedFile.getNewPath()) || !same(f.getOldPath(), quotedFile.getOldPath())) {
                continue;
            }
            c.setFile(f);
            for (Hunk h : f.getHunks()) {
                if (h.getOldStart() == quotedHunk.getOldStart() && h.getNewStart() == quotedHunk.getNewStart()) {
                    c.setHunk(h);
                    for (Line l : h.getLines()) {
                        if (quotedLine != null && l.getKind() == quotedLine.getKind() && same(l.getText(), quotedLine.getText())) {
                            c.setLine(l);
                        }
                    }
                }
            }
        }
        if (c.getHunk() == null) {
            byContent(c, target, quotedHunk);
        }
    }

    /**
     * A quote the reviewer cut from the middle of a hunk (no file or hunk header left, or headers that
     * match none): the hunk of the answered patch whose lines hold the quoted lines one after another
     * (kind and text, indentation aside), when exactly one does; the comment then sits under the
     * last quoted line.
     */
    private static void byContent(ReviewComment c, Patch target, Hunk quoted) {
        List<Line> want = quoted.getLines().stream().filter(l -> l.getText() != null && !l.getText().isBlank()).toList();
        if (want.size() < 2) {
            return;
        }
        Hunk found = null;
        FileDiff foundFile = null;
        Line last = null;
        for (FileDiff f : target.getFiles()) {
            for (Hunk h : f.getHunks()) {
                List<Line> have = h.getLines().stream().filter(l -> l.getText() != null && !l.getText().isBlank()).toList();
                for (int i = 0; i + want.size() <= have.size(); i++) {
                    boolean all = true;
                    for (int k = 0; k < want.size() && all; k++) {
                        all = have.get(i + k).getKind() == want.get(k).getKind()
                                && have.get(i + k).getText().strip().equals(want.get(k).getText().strip());
                    }
                    if (all) {
                        if (found != null && found != h) {
                            return; // quoted lines two hunks share: no anchor
                        }
                        found = h;
                        foundFile = f;
                        last = have.get(i + want.size() - 1);
                    }
                }
            }
        }
        if (found != null) {
            c.setFile(foundFile);
            c.setHunk(found);
            c.setLine(last);
        }
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
