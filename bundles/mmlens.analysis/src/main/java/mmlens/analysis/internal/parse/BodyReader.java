package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.DiffStatEntry;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.Trailer;

/**
 * Splits a patch mail body the way {@code git mailinfo} does: the commit message runs up to the
 * first {@code ---} separator, {@code diff -} or {@code Index: } line; everything after it is the
 * patch, of which only diff text counts (diffstat, notes and signature are read or skipped). The
 * last paragraph of the message becomes trailers when every line in it is a trailer or a
 * continuation of one. Lines fed before {@link #finish} must be LF-free.
 */
final class BodyReader {

    private static final Pattern TRAILER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]{1,40}):\\s+(\\S.*)$");
    private static final Pattern DIFFSTAT = Pattern.compile("^\\s*(\\S.*?)\\s+\\|\\s+(?:(\\d+)\\s*[+\\-]*|(Bin\\b.*))\\s*$");
    private static final Pattern IN_BODY_HEADER = Pattern.compile("^(From|Subject|Date): (.+)$");

    private final Patch patch;
    private final DiffParser diff;
    private final List<String> message = new ArrayList<>();
    private final SeriesMeta meta;
    private boolean inPatch;
    private boolean seenDiff;
    private boolean headerZone = true;
    private boolean subjectOpen;

    BodyReader(Patch patch, Diags diags, LineBudget budget, SeriesMeta meta) {
        this.patch = patch;
        this.meta = meta;
        this.diff = new DiffParser(patch, diags, budget, false);
    }

    void line(String s, int no) {
        if (headerZone && inBodyHeader(s)) {
            return;
        }
        if (!inPatch && s.startsWith("--------------------") && MM_NOTICE_RULE.matcher(s).matches() && mmTreeNotice()) {
            // the -mm tree's notice ends; the patch mail proper (From:, Subject:, message) follows
            message.clear();
            headerZone = true;
            return;
        }
        if (!inPatch && s.startsWith("-----") && ORIGINAL_COMMIT_RULE.matcher(s).matches()) {
            // a stable-tree bot's mail ("FAILED: patch ... failed to apply"): the commit it quotes follows
            message.clear();
            headerZone = true;
            return;
        }
        if (!inPatch) {
            if (patchBreak(s)) {
                inPatch = true;
            } else {
                message.add(s);
                return;
            }
        }
        if (!seenDiff) {
            seenDiff = s.startsWith("diff ") || s.startsWith("--- ") || s.startsWith("Index: ");
            if (!seenDiff) {
                diffstat(s);
            }
        }
        if (!diff.inDiff()) {
            meta.read(s);
        }
        diff.line(s, no);
    }

    /** The rule above the commit a stable-tree bot's mail quotes. */
    private static final Pattern ORIGINAL_COMMIT_RULE = Pattern.compile("^-{5,} original commit in \\S+ tree -{5,}$");

    /** The first line git format-patch writes: "From <commit> Mon Sep 17 00:00:00 2001". */
    private static final Pattern FORMAT_PATCH_FROM = Pattern.compile("^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001$");

    /** The rule under the -mm tree's notice ("The patch titled ... has been added to the -mm tree"). */
    private static final Pattern MM_NOTICE_RULE = Pattern.compile("^-{20,}$");

    /** Whether the message so far is the notice the -mm tree's mails open with. */
    private boolean mmTreeNotice() {
        for (String l : message) {
            if (!l.isBlank()) {
                return l.equals("The patch titled") || l.equals("The quilt patch titled");
            }
        }
        return false;
    }

    /** Body headers git format-patch writes when the author differs ("From:", "Subject:", "Date:"). */
    private boolean inBodyHeader(String s) {
        if (s.isBlank() && message.isEmpty()) {
            return true;
        }
        if (message.isEmpty() && FORMAT_PATCH_FROM.matcher(s).matches()) {
            return true;
        }
        if (subjectOpen && !s.isBlank() && Character.isWhitespace(s.charAt(0))) {
            // a folded Subject: continues on an indented line
            patch.setSubject(patch.getSubject() + " " + s.strip());
            return true;
        }
        subjectOpen = false;
        Matcher m = IN_BODY_HEADER.matcher(s);
        if (!m.matches()) {
            headerZone = false;
            return false;
        }
        subjectOpen = m.group(1).equals("Subject");
        switch (m.group(1)) {
            case "From" -> patch.setAuthor(m.group(2).strip());
            case "Date" -> patch.setDate(m.group(2).strip());
            default -> patch.setSubject(mmlens.analysis.parse.SubjectPrefix.parse(m.group(2)).subject());
        }
        return true;
    }

    /** git mailinfo's patchbreak(): "---" (alone or before a name), "diff -", "Index: ". */
    static boolean patchBreak(String s) {
        if (s.startsWith("diff -") || s.startsWith("Index: ")) {
            return true;
        }
        if (!s.startsWith("---")) {
            return false;
        }
        if (s.length() > 4 && s.charAt(3) == ' ' && !Character.isWhitespace(s.charAt(4))) {
            return true;
        }
        return s.substring(3).isBlank();
    }

    private void diffstat(String s) {
        Matcher m = DIFFSTAT.matcher(s);
        if (m.matches()) {
            patch.getDiffstat().add(diffstatEntry(m));
        }
    }

    static DiffStatEntry diffstatEntry(Matcher m) {
        DiffStatEntry e = MmlensFactory.eINSTANCE.createDiffStatEntry();
        e.setPath(m.group(1));
        e.setBinary(m.group(3) != null);
        e.setChanges(m.group(2) == null ? 0 : Integer.parseInt(m.group(2).length() > 9 ? "0" : m.group(2)));
        return e;
    }

    static Matcher diffstatMatcher(String s) {
        return DIFFSTAT.matcher(s);
    }

    void finish(int no) {
        diff.finish(no);
        splitTrailers(message, patch);
    }

    /** Sets commitMessage and trailers from message lines (trailers = a last paragraph made only of them). */
    static void splitTrailers(List<String> lines, Patch patch) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        List<Trailer> trailers = new ArrayList<>();
        boolean all = start < end;
        for (int i = start; i < end && all; i++) {
            String l = lines.get(i);
            Matcher m = TRAILER.matcher(l);
            if (m.matches()) {
                Trailer t = MmlensFactory.eINSTANCE.createTrailer();
                t.setKey(m.group(1));
                t.setValue(m.group(2).strip());
                trailers.add(t);
            } else if (Character.isWhitespace(l.charAt(0)) && !trailers.isEmpty()) {
                Trailer t = trailers.get(trailers.size() - 1);
                t.setValue(t.getValue() + " " + l.strip());
            } else if (!(l.startsWith("[") && l.endsWith("]"))) {
                all = false;
            }
        }
        if (all && !trailers.isEmpty()) {
            patch.getTrailers().addAll(trailers);
            end = start;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            text.append(lines.get(i)).append('\n');
        }
        patch.setCommitMessage(text.toString().strip());
    }
}
