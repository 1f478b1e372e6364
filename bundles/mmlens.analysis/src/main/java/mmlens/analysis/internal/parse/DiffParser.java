package mmlens.analysis.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.InternalEList;

import mmlens.model.ChangeKind;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.Severity;

/**
 * Unified-diff reader fed one line at a time (line text without its line end, plus its 1-based line
 * number in the input file), adding {@link FileDiff}s to a {@link Patch}.
 * <p>
 * Well-formed input is read the way {@code git apply} reads it: a hunk ends when its header's
 * counts are used up, text outside hunks is ignored, an empty line inside a hunk is context. So
 * added/removed equal {@code git apply --numstat}. Where git would reject the patch this reader
 * goes on and says so in a diagnostic: a context line that lost its leading space
 * (whitespace-damaged mail) is taken as context, a hunk that ends early is kept as partial, and
 * diff lines after a hunk's counts are exhausted are reported (and, like git, not counted).
 * <p>
 * Why not JGit's {@code org.eclipse.jgit.patch.Patch}: it ends a hunk at the first line without a
 * ' ', '+' or '-' marker and drops the rest (on a whitespace-damaged list mail it counted +0/-0,
 * +1/-0, +0/-0 where git's diffstat says 3/0, 27/7, 29/5), reports byte offsets rather than line
 * numbers, buffers the whole input, and cannot follow quoted excerpts; this reader is needed for
 * those anyway, and one reader for all inputs keeps the counting rules in one place.
 * <p>
 * In quoted mode (diffs recovered from {@code > } quotes, where reviewers cut lines) a hunk may
 * be interrupted by the reviewer's text and resumed, ends early without a warning, and a run of
 * {@code +} lines without any header starts a file with unknown paths.
 * <pre>
 *   SEEK --diff --git--> GIT_HEADER --@@--> HUNK --counts used up--> AFTER_HUNK --@@--> HUNK
 *   SEEK --"--- x" + "+++ y"--> GIT_HEADER            AFTER_HUNK --other text--> SEEK
 *   GIT_HEADER --GIT binary patch--> BINARY --diff --git--> GIT_HEADER
 * </pre>
 */
public final class DiffParser {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@ ?(.*)$");

    private enum State { SEEK, GIT_HEADER, HUNK, AFTER_HUNK, BINARY }

    private final Patch patch;
    private final Diags diags;
    private final LineBudget budget;
    private final boolean quoted;
    private State state = State.SEEK;
    private FileDiff file;
    private Hunk hunk;
    private Line last;
    private int oldLeft;
    private int newLeft;
    private int oldNo;
    private int newNo;
    private boolean recount;
    private boolean damageReported;
    private boolean overflowReported;
    private String pendingMinus;

    public DiffParser(Patch patch, Diags diags, LineBudget budget, boolean quoted) {
        this.patch = patch;
        this.diags = diags;
        this.budget = budget;
        this.quoted = quoted;
    }

    public FileDiff file() {
        return file;
    }

    public Hunk hunk() {
        return hunk;
    }

    /** The last diff line stored, or null. */
    public Line lastLine() {
        return last;
    }

    /** True while inside a file's headers or hunks, i.e. the next line is expected to be diff text. */
    public boolean inDiff() {
        // a "--- x" line waiting for its "+++ y" (a diff without a "diff --git" line) has begun one
        return state != State.SEEK || pendingMinus != null;
    }

    /** True when {@code s} would be taken as diff text in the current state. */
    public boolean accepts(String s) {
        if (state == State.HUNK || state == State.GIT_HEADER || state == State.BINARY) {
            return true;
        }
        return s.startsWith("diff --git ") || s.startsWith("@@ -") || s.startsWith("--- ") || s.startsWith("+++ ")
                || (state == State.AFTER_HUNK && s.startsWith("\\"))
                || (quoted && s.startsWith("+") && !s.startsWith("+++"));
    }

    /** Quoted mode: lines of the current file were left out; its counts cover only what is present. */
    public void elided() {
        if (file != null) {
            file.setPartial(true);
        }
    }

    public void line(String s, int no) {
        if (state == State.HUNK && hunkLine(s, no)) {
            return;
        }
        if (state == State.BINARY) {
            if (!s.startsWith("diff --git ")) {
                return;
            }
            state = State.SEEK;
        }
        if (pendingMinus != null) {
            String minus = pendingMinus;
            pendingMinus = null;
            if (s.startsWith("+++ ")) {
                startFile();
                String oldPath = GitPaths.path(minus.substring(4), true);
                String newPath = GitPaths.path(s.substring(4), true);
                // quilt (the -mm tree's mails) names the file before the patch path~patch-name
                if (oldPath != null && newPath != null && oldPath.startsWith(newPath + "~")) {
                    oldPath = newPath;
                }
                file.setOldPath(oldPath);
                file.setNewPath(newPath);
                kindFromPaths();
                state = State.GIT_HEADER;
                return;
            }
        }
        if (s.startsWith("diff --git ")) {
            startGitFile(s, no);
        } else if (state == State.GIT_HEADER && gitHeader(s)) {
            return;
        } else if (s.startsWith("@@ -")) {
            hunkHeader(s, no);
        } else if (s.startsWith("--- ")) {
            pendingMinus = s;
        } else if (state == State.AFTER_HUNK && s.startsWith("\\")) {
            noNewline();
        } else if (quoted && state == State.SEEK && s.startsWith("+") && !s.startsWith("+++")) {
            startFile();
            file.setPartial(true);
            diags.info(no, "quoted-fragment", "quoted diff lines without a file header; kept with unknown paths");
            startHunk(0, 0, 0, 0, "", no);
            recount = true;
            hunkLine(s, no);
        } else if (state == State.AFTER_HUNK) {
            if (!overflowReported && !quoted && isDiffLine(s) && !s.equals("-- ") && !s.equals("--") && !s.isBlank()) {
                overflowReported = true;
                diags.warn(no, "hunk-count-mismatch", "diff line after the hunk's counts were used up; "
                        + "ignored like git apply does (hunk header counts too small?)");
            }
            state = State.SEEK;
        }
    }

    /** End of input: reports an unfinished hunk. */
    public void finish(int no) {
        if (state == State.HUNK && !recount && (oldLeft > 0 || newLeft > 0)) {
            endEarly(no, false);
        }
        state = State.SEEK;
    }

    private static boolean isDiffLine(String s) {
        return s.startsWith("+") || s.startsWith("-") || s.startsWith(" ");
    }

    private void startFile() {
        file = MmlensFactory.eINSTANCE.createFileDiff();
        file.setKind(ChangeKind.MODIFY);
        ((InternalEList<FileDiff>) patch.getFiles()).addUnique(file);
        hunk = null;
        damageReported = false;
        overflowReported = false;
    }

    private void startGitFile(String s, int no) {
        startFile();
        String[] paths = GitPaths.gitLinePaths(s.substring("diff --git ".length()));
        if (paths == null) {
            diags.warn(no, "bad-diff-header", "cannot split the paths of this diff --git line");
        } else {
            file.setOldPath(GitPaths.path(paths[0], true));
            file.setNewPath(GitPaths.path(paths[1], true));
        }
        state = State.GIT_HEADER;
    }

    private boolean gitHeader(String s) {
        if (s.startsWith("old mode ")) {
            file.setOldMode(s.substring(9).strip());
        } else if (s.startsWith("new mode ")) {
            file.setNewMode(s.substring(9).strip());
        } else if (s.startsWith("deleted file mode ")) {
            file.setKind(ChangeKind.DELETE);
            file.setOldMode(s.substring(18).strip());
            file.setNewPath(null);
        } else if (s.startsWith("new file mode ")) {
            file.setKind(ChangeKind.ADD);
            file.setNewMode(s.substring(14).strip());
            file.setOldPath(null);
        } else if (s.startsWith("similarity index ") || s.startsWith("dissimilarity index ")) {
            file.setSimilarity(parsePercent(s.substring(s.indexOf("index ") + 6)));
        } else if (s.startsWith("rename from ") || s.startsWith("copy from ")) {
            file.setKind(s.startsWith("rename") ? ChangeKind.RENAME : ChangeKind.COPY);
            file.setOldPath(GitPaths.path(s.substring(s.indexOf(" from ") + 6), false));
        } else if (s.startsWith("rename to ") || s.startsWith("copy to ")) {
            file.setNewPath(GitPaths.path(s.substring(s.indexOf(" to ") + 4), false));
        } else if (s.startsWith("index ")) {
            index(s.substring(6));
        } else if (s.startsWith("Binary files ") || s.equals("GIT binary patch")) {
            file.setBinary(true);
            if (file.getKind() == ChangeKind.MODIFY) {
                file.setKind(ChangeKind.BINARY);
            }
            state = s.startsWith("GIT") ? State.BINARY : State.SEEK;
        } else if (s.startsWith("--- ")) {
            if (file.getKind() != ChangeKind.ADD && file.getKind() != ChangeKind.RENAME && file.getKind() != ChangeKind.COPY) {
                file.setOldPath(GitPaths.path(s.substring(4), true));
            }
        } else if (s.startsWith("+++ ")) {
            if (file.getKind() != ChangeKind.DELETE && file.getKind() != ChangeKind.RENAME && file.getKind() != ChangeKind.COPY) {
                file.setNewPath(GitPaths.path(s.substring(4), true));
            }
            kindFromPaths();
        } else {
            return false;
        }
        return true;
    }

    private void kindFromPaths() {
        if (file.getOldPath() == null && file.getNewPath() != null) {
            file.setKind(ChangeKind.ADD);
        } else if (file.getNewPath() == null && file.getOldPath() != null) {
            file.setKind(ChangeKind.DELETE);
        }
    }

    private void index(String v) {
        String[] parts = v.strip().split(" ");
        int dots = parts[0].indexOf("..");
        if (dots > 0) {
            file.setOldId(parts[0].substring(0, dots));
            file.setNewId(parts[0].substring(dots + 2));
        }
        if (parts.length > 1 && file.getNewMode() == null) {
            file.setOldMode(parts[1]);
            file.setNewMode(parts[1]);
        }
    }

    private static int parsePercent(String v) {
        String digits = v.replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? 0 : Math.min(100, Integer.parseInt(digits.length() > 3 ? "100" : digits));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void hunkHeader(String s, int no) {
        Matcher m = HUNK.matcher(s);
        if (!m.matches()) {
            diags.warn(no, "bad-hunk-header", "unreadable hunk header ignored");
            return;
        }
        if (file == null || state == State.SEEK) {
            if (!quoted) {
                diags.warn(no, "hunk-without-file", "hunk header outside a file's diff; ignored like git apply does");
                return;
            }
            startFile();
            file.setPartial(true);
            diags.info(no, "quoted-fragment", "quoted hunk without a file header; kept with unknown paths");
        }
        startHunk(num(m.group(1)), m.group(2) == null ? 1 : num(m.group(2)), num(m.group(3)),
                m.group(4) == null ? 1 : num(m.group(4)), m.group(5).strip(), no);
    }

    private static int num(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private void startHunk(int oldStart, int oldCount, int newStart, int newCount, String function, int no) {
        hunk = MmlensFactory.eINSTANCE.createHunk();
        hunk.setOldStart(oldStart);
        hunk.setOldCount(oldCount);
        hunk.setNewStart(newStart);
        hunk.setNewCount(newCount);
        hunk.setFunction(function);
        hunk.setSourceLine(no);
        ((InternalEList<Hunk>) file.getHunks()).addUnique(hunk);
        oldLeft = oldCount;
        newLeft = newCount;
        oldNo = oldStart;
        newNo = newStart;
        recount = false;
        state = State.HUNK;
    }

    /** Consumes a line of the current hunk; false when the line ends the hunk and must be re-read. */
    private boolean hunkLine(String s, int no) {
        if (!recount && oldLeft <= 0 && newLeft <= 0) {
            if (s.startsWith("\\")) {
                noNewline();
                return true;
            }
            if (oldLeft < 0 || newLeft < 0) {
                diags.warn(hunk.getSourceLine(), "hunk-count-mismatch",
                        "hunk has more lines of one side than its header claims");
            }
            state = State.AFTER_HUNK;
            return false;
        }
        char c = s.isEmpty() ? ' ' : s.charAt(0);
        if (c == '\\') {
            noNewline();
            return true;
        }
        if (s.startsWith("diff --git ") || s.startsWith("@@ -")) {
            endEarly(no, true);
            return false;
        }
        switch (c) {
            case ' ' -> add(LineKind.CONTEXT, s.isEmpty() ? "" : s.substring(1));
            case '+' -> add(LineKind.ADDED, s.substring(1));
            case '-' -> add(LineKind.REMOVED, s.substring(1));
            default -> {
                if (!damageReported) {
                    damageReported = true;
                    diags.add(quoted ? Severity.INFO : Severity.WARNING, no, "whitespace-damaged", "context line without its leading space "
                            + "(whitespace-damaged mail or quote); read as context, git apply rejects it");
                }
                add(LineKind.CONTEXT, s);
            }
        }
        return true;
    }

    private void endEarly(int no, boolean reread) {
        file.setPartial(true);
        if (!quoted && !recount) {
            diags.warn(no, "hunk-truncated", "hunk ends before its header's counts (" + Math.max(0, oldLeft)
                    + " old / " + Math.max(0, newLeft) + " new lines missing); git apply rejects this patch");
        }
        state = reread ? State.AFTER_HUNK : State.SEEK;
    }

    private void add(LineKind kind, String text) {
        int oldN = kind == LineKind.ADDED ? 0 : oldNo++;
        int newN = kind == LineKind.REMOVED ? 0 : newNo++;
        if (recount) {
            hunk.setOldCount(hunk.getOldCount() + (kind == LineKind.ADDED ? 0 : 1));
            hunk.setNewCount(hunk.getNewCount() + (kind == LineKind.REMOVED ? 0 : 1));
        }
        if (kind != LineKind.ADDED) {
            oldLeft--;
        }
        if (kind != LineKind.REMOVED) {
            newLeft--;
        }
        if (kind == LineKind.ADDED) {
            file.setAdded(file.getAdded() + 1);
        } else if (kind == LineKind.REMOVED) {
            file.setRemoved(file.getRemoved() + 1);
        }
        if (!budget.take()) {
            last = null;
            return;
        }
        Line line = MmlensFactory.eINSTANCE.createLine();
        line.setKind(kind);
        line.setText(text);
        line.setOldNumber(recount ? 0 : oldN);
        line.setNewNumber(recount ? 0 : newN);
        // addUnique: a new object cannot be in the list yet; add() would search it first (quadratic per hunk)
        ((InternalEList<Line>) hunk.getLines()).addUnique(line);
        last = line;
    }

    private void noNewline() {
        if (last != null) {
            last.setNoNewlineAtEnd(true);
        }
    }
}
