package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * The {@code mmlens check --format email} output: an mbox with one reply per patch, as a reviewer
 * writes it: {@code Subject: Re: <the patch's subject>}, {@code In-Reply-To} and {@code References}
 * (when the patch came as a mail), a one-line summary, the attribution line, then for every hunk that
 * caused a finding or a significant (better or worse) effect the hunk quoted with {@code > }
 * (file header at a file's first quoted hunk; changed lines with 2 lines of context, the rest
 * elided as {@code > [...]}) and under it the findings and effects. Every line is at most
 * {@value #WIDTH} columns (tabs to 8): our text is wrapped, longer quoted lines are cut and end in
 * {@code [...]}. No Date header and no timestamps, so the output is deterministic.
 */
public final class CheckEmail {
    /** Maximum line width in columns. */
    public static final int WIDTH = 80;
    /** The sender of the replies. */
    public static final String FROM = "mmlens <mmlens@localhost.invalid>";

    private CheckEmail() {
    }

    public static String render(List<PatchSeries> series) {
        StringBuilder b = new StringBuilder();
        for (PatchSeries s : series) {
            ImpactResult r = CheckJson.result(s);
            for (Patch p : s.getPatches()) {
                reply(b, p, r);
            }
        }
        return b.toString();
    }

    private static void reply(StringBuilder b, Patch p, ImpactResult r) {
        b.append("From mmlens Mon Sep 17 00:00:00 2001\n");
        b.append("From: ").append(FROM).append('\n');
        String subject = p.getRawSubject() != null ? p.getRawSubject()
                : p.getSubject() != null ? p.getSubject() : "patch " + p.getIndex();
        header(b, "Subject: " + (subject.regionMatches(true, 0, "Re:", 0, 3) ? "" : "Re: ") + subject);
        if (p.getMessageId() != null) {
            b.append("In-Reply-To: <").append(p.getMessageId()).append(">\n");
            List<String> refs = new ArrayList<>(p.getReferences());
            if (!refs.contains(p.getMessageId())) {
                refs.add(p.getMessageId());
            }
            StringBuilder value = new StringBuilder("References:");
            refs.forEach(ref -> value.append(" <").append(ref).append('>'));
            header(b, value.toString());
        }
        b.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
        List<String> top = new ArrayList<>();
        List<Hunk> hunks = new ArrayList<>();
        int findings = 0;
        int fixed = 0;
        int effects = 0;
        if (r != null) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    List<String> notes = notes(r, h, new HashMap<>());
                    if (!notes.isEmpty()) {
                        hunks.add(h);
                    }
                }
            }
            for (Finding f : r.getFindings()) {
                if (concerns(f.getHunks(), f.getPatches(), p)) {
                    findings++;
                    if (f.getHunks().isEmpty()) {
                        top.add(findingText(f));
                    }
                }
            }
            for (Finding f : r.getFixedFindings()) {
                if (concerns(f.getHunks(), f.getPatches(), p)) {
                    fixed++;
                    if (f.getHunks().isEmpty()) {
                        top.add(fixedText(f));
                    }
                }
            }
            for (Effect e : r.getEffects()) {
                if (e.getVerdict() != Verdict.NEUTRAL && concerns(e.getHunks(), e.getPatches(), p)) {
                    effects++;
                    if (e.getHunks().isEmpty()) {
                        top.add(effectText(e));
                    }
                }
            }
        }
        wrap(b, r == null ? "mmlens check: not checked."
                : "mmlens check (engine " + r.getEngineVersion() + ", " + r.getSeeds() + " seeds, suites "
                        + (r.getSuites().isEmpty() ? "none" : String.join(", ", r.getSuites())) + "): " + findings
                        + (findings == 1 ? " finding, " : " findings, ") + effects
                        + (effects == 1 ? " significant effect" : " significant effects")
                        + (fixed == 0 ? "" : ", " + fixed + " baseline " + (fixed == 1 ? "finding" : "findings")
                                + " fixed") + " for this patch.", "");
        if (r != null && findings + effects + fixed == 0) {
            r.getNotes().forEach(n -> wrap(b, "Note: " + n, "  "));
        }
        for (String t : top) {
            b.append('\n');
            b.append(t);
        }
        if (!hunks.isEmpty()) {
            b.append('\n');
            wrap(b, "On " + (p.getDate() == null ? "an earlier date" : p.getDate()) + ", "
                    + (p.getAuthor() == null ? "the author" : p.getAuthor()) + " wrote:", "");
            FileDiff quotedFile = null;
            Map<Object, Hunk> shownAt = new HashMap<>();
            for (Hunk h : hunks) {
                FileDiff f = (FileDiff) h.eContainer();
                if (f != quotedFile) {
                    quoteFileHeader(b, f);
                    quotedFile = f;
                }
                quote(b, h);
                b.append('\n');
                for (String note : notes(r, h, shownAt)) {
                    b.append(note);
                }
                b.append('\n');
            }
        }
        b.append('\n');
    }

    private static boolean concerns(List<Hunk> hunks, List<Patch> patches, Patch p) {
        return patches.contains(p) || hunks.stream().anyMatch(h -> ReportItems.patchOf(h) == p);
    }

    /**
     * The findings and significant effects of a hunk, each as wrapped lines; one already noted at an
     * earlier hunk of the reply ({@code shownAt}) is not repeated, a line points back to it.
     */
    private static List<String> notes(ImpactResult r, Hunk h, Map<Object, Hunk> shownAt) {
        List<String> notes = new ArrayList<>();
        Map<Hunk, Integer> repeated = new LinkedHashMap<>();
        for (Finding f : r.getFindings()) {
            if (f.getHunks().contains(h) && !CheckText.alreadyShown(f, h, shownAt, repeated)) {
                notes.add(findingText(f));
            }
        }
        for (Finding f : r.getFixedFindings()) {
            if (f.getHunks().contains(h) && !CheckText.alreadyShown(f, h, shownAt, repeated)) {
                notes.add(fixedText(f));
            }
        }
        for (Effect e : r.getEffects()) {
            if (e.getVerdict() != Verdict.NEUTRAL && e.getHunks().contains(h)
                    && !CheckText.alreadyShown(e, h, shownAt, repeated)) {
                notes.add(effectText(e));
            }
        }
        repeated.forEach((first, n) -> {
            StringBuilder b = new StringBuilder();
            wrap(b, "mmlens: " + CheckText.sameAs(first, n), "  ");
            notes.add(b.toString());
        });
        return notes;
    }

    private static String findingText(Finding f) {
        StringBuilder b = new StringBuilder();
        wrap(b, "mmlens: " + f.getSeverity().getLiteral() + " finding " + f.getKind() + " in " + f.getScenario()
                + " (seed " + f.getSeed() + "): " + ReportItems.oneLine(f.getMessage()), "  ");
        return b.toString();
    }

    private static String fixedText(Finding f) {
        StringBuilder b = new StringBuilder();
        wrap(b, "mmlens: fixed " + f.getKind() + " in " + f.getScenario() + " (the baseline shows it, seed "
                + f.getSeed() + "; no seed after this patch does): " + ReportItems.oneLine(f.getMessage()), "  ");
        return b.toString();
    }

    private static String effectText(Effect e) {
        StringBuilder b = new StringBuilder();
        wrap(b, "mmlens: " + CheckText.effectLine(e).replaceAll(" +", " "), "  ");
        if (e.getExplanation() != null && !e.getExplanation().isBlank()) {
            wrap(b, "  ", "because " + ReportItems.oneLine(e.getExplanation()), "    ");
        }
        return b.toString();
    }

    private static void quoteFileHeader(StringBuilder b, FileDiff f) {
        if (f.getOldPath() == null && f.getNewPath() == null) {
            quoted(b, SeriesText.path(f));
            return;
        }
        String oldPath = f.getOldPath() != null ? f.getOldPath() : f.getNewPath();
        String newPath = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
        quoted(b, "diff --git a/" + oldPath + " b/" + newPath);
        quoted(b, f.getOldPath() == null ? "--- /dev/null" : "--- a/" + f.getOldPath());
        quoted(b, f.getNewPath() == null ? "+++ /dev/null" : "+++ b/" + f.getNewPath());
    }

    private static void quote(StringBuilder b, Hunk h) {
        for (String l : QuotedHunk.lines(h)) {
            quoted(b, l);
        }
    }

    /** One quoted line, cut to the width (ending in " [...]") when longer. */
    private static void quoted(StringBuilder b, String text) {
        String line = "> " + text;
        if (columns(line) <= WIDTH) {
            b.append(line).append('\n');
            return;
        }
        String tail = " [...]";
        int end = line.length();
        while (end > 0 && columns(line.substring(0, end)) + tail.length() > WIDTH) {
            end--;
        }
        b.append(line, 0, end).append(tail).append('\n');
    }

    /** A header line folded (RFC 5322) at spaces so that no line passes the width. */
    private static void header(StringBuilder b, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                b.append(line).append('\n');
                line = new StringBuilder(" ").append(word);
            } else {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        b.append(line).append('\n');
    }

    /** Display columns with tabs to the next multiple of 8. */
    static int columns(String s) {
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            col = s.charAt(i) == '\t' ? (col / 8 + 1) * 8 : col + 1;
        }
        return col;
    }

    /** Word-wraps text to the width; continuation lines start with indent. */
    static void wrap(StringBuilder b, String text, String indent) {
        wrap(b, "", text, indent);
    }

    /** Word-wraps text to the width after the first line's prefix; continuation lines start with indent. */
    static void wrap(StringBuilder b, String first, String text, String indent) {
        String line = first;
        for (String word : text.strip().split("\\s+")) {
            boolean fresh = line.equals(first);
            String candidate = fresh ? line + word : line + " " + word;
            if (!fresh && columns(candidate) > WIDTH) {
                b.append(line).append('\n');
                line = indent + word;
            } else {
                line = candidate;
            }
            while (columns(line) > WIDTH) {
                b.append(line, 0, WIDTH).append('\n');
                line = indent + line.substring(WIDTH);
            }
        }
        b.append(line).append('\n');
    }
}
