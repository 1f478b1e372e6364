package mmlens.analysis.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.ReviewComment;

/**
 * Reads reply text with {@code >} quote levels: recovers the diff quoted at any level into one
 * {@link Patch} and turns the text written below quoted material into {@link ReviewComment}s.
 * <p>
 * A comment is a run of lines at depth k that directly follows lines at a greater depth; its
 * author is the one named for depth k (the message's author for k = 0, an "On ..., X wrote:" line
 * for deeper levels); its anchor is the last quoted diff line above it, cleared when quoted prose
 * at the diff's own depth follows the diff. Each {@link #message} call is one mail; state
 * other than the recovered patch does not carry over between calls.
 */
final class QuoteReader {

    static final int MAX_DEPTH = 15;
    private static final int MAX_QUOTE_LINES = 200;
    /** Bounds the work of finding re-quoted comments (each new one is compared with all kept). */
    private static final int MAX_COMMENTS = 2000;
    /** Shortest text that counts as a re-quote of a longer comment when one starts with the other. */
    private static final int MIN_REQUOTE = 60;
    private static final Pattern ATTRIBUTION = Pattern.compile("^On (.*), (.+?) wrote:\\s*$|^(\\S.{0,80}?) wrote:\\s*$");
    private static final Pattern FOOTER = Pattern.compile("^\\s*(Powered by |\\[Index of Archives\\]|Thread overview: \\d+\\+? messages)");
    private static final Pattern ELISION = Pattern.compile("^\\s*(\\[\\s*\\.\\.\\.\\s*\\]|\\.\\.\\.|<snip>|\\[snip\\])\\s*$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?i)(thanks|thank you|thx|regards|best regards|kind regards|cheers|best)[,.!]?(\\n[^\\n]{0,40}){0,2}");
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(,\\d+)? \\+\\d+(,\\d+)? @@.*");

    private record Quoted(int depth, String content) {
    }

    private final Patch patch;
    private final Diags diags;
    private final LineBudget budget;
    private final List<ReviewComment> comments = new ArrayList<>();
    private List<String> preface;
    private int diffDepth = -1;
    private boolean commentsCapped;

    // per message
    private DiffParser[] parsers;
    private String[] authors;
    private List<List<String>> depthText;
    private final Deque<Quoted> quote = new ArrayDeque<>();
    private FileDiff anchorFile;
    private Hunk anchorHunk;
    private Line anchorLine;
    private int anchorDepth;
    private StringBuilder comment;
    private int commentDepth;
    private int commentLine;
    private String commentQuote;
    private FileDiff commentFile;
    private Hunk commentHunk;
    private Line commentAnchor;
    private String messageId;

    QuoteReader(Patch patch, Diags diags, LineBudget budget) {
        this.patch = patch;
        this.diags = diags;
        this.budget = budget;
    }

    List<ReviewComment> comments() {
        return comments;
    }

    /** Depth at which the first diff line was found, -1 when none. */
    int diffDepth() {
        return diffDepth;
    }

    /** Text at {@link #diffDepth()} that preceded the first diff line in its mail (the quoted commit message). */
    List<String> preface() {
        return preface == null ? List.of() : preface;
    }

    void message(List<String> lines, int firstNo, String author, String msgId) {
        message(lines, i -> firstNo + i, author, msgId);
    }

    /** {@link #message(List, int, String, String)} with the input line of each body line given by {@code lineOf}. */
    void message(List<String> lines, java.util.function.IntUnaryOperator lineOf, String author, String msgId) {
        parsers = new DiffParser[MAX_DEPTH + 1];
        authors = new String[MAX_DEPTH + 2];
        authors[0] = author;
        depthText = new ArrayList<>();
        for (int d = 0; d <= MAX_DEPTH; d++) {
            depthText.add(new ArrayList<>());
        }
        quote.clear();
        anchorFile = null;
        anchorHunk = null;
        anchorLine = null;
        comment = null;
        messageId = msgId;
        int lastDepth = 0;
        List<Quoted> parsed = new ArrayList<>(lines.size());
        for (String l : lines) {
            parsed.add(dequote(l));
        }
        for (int i = 0; i < parsed.size(); i++) {
            Quoted q = parsed.get(i);
            int no = lineOf.applyAsInt(i);
            String c = q.content();
            int d = q.depth();
            if (d == 0 && (isFooter(c) || c.equals("-- "))) {
                break;
            }
            DiffParser p = parser(d);
            boolean diff = p.inDiff() ? p.accepts(c) : starts(c, d, parsed, i);
            if (diff) {
                diffLine(p, q, no);
                lastDepth = d;
                continue;
            }
            if (p.inDiff()) {
                p.line(c, no);
            }
            String name = attribution(c, i > 0 && parsed.get(i - 1).depth() == d ? parsed.get(i - 1).content() : null);
            if (name != null) {
                flushComment();
                authors[Math.min(d + 1, MAX_DEPTH)] = name;
                if (authors[d] == null && d > 0) {
                    authors[d] = name;
                }
                continue;
            }
            if (anchorLine != null && d >= anchorDepth && !c.isBlank()) {
                anchorFile = null;
                anchorHunk = null;
                anchorLine = null;
            }
            if (c.isBlank()) {
                if (comment != null && d == commentDepth) {
                    comment.append('\n');
                }
                keepText(d, "");
                if (d > 0) {
                    remember(new Quoted(d, ""));
                }
                continue;
            }
            if (comment != null && d == commentDepth) {
                comment.append(c).append('\n');
            } else if (d < lastDepth) {
                startComment(d, no, c);
            } else {
                flushComment();
            }
            keepText(d, c);
            if (d > 0) {
                remember(q);
            }
            lastDepth = d;
        }
        flushComment();
        for (DiffParser p : parsers) {
            if (p != null) {
                p.finish(lineOf.applyAsInt(Math.max(0, lines.size() - 1)) + 1);
            }
        }
    }

    private DiffParser parser(int d) {
        if (parsers[d] == null) {
            parsers[d] = new DiffParser(patch, diags, budget, d > 0);
        }
        return parsers[d];
    }

    private void diffLine(DiffParser p, Quoted q, int no) {
        flushComment();
        String c = q.content();
        if (ELISION.matcher(c).matches()) {
            p.elided();
            return;
        }
        if (diffDepth < 0) {
            diffDepth = q.depth();
            preface = List.copyOf(depthText.get(q.depth()));
        }
        p.line(c, no);
        if (p.lastLine() != null) {
            anchorFile = p.file();
            anchorHunk = p.hunk();
            anchorLine = p.lastLine();
            anchorDepth = q.depth();
        }
        remember(q);
    }

    /** True when a line at depth d, not yet inside a diff, opens one. */
    private static boolean starts(String c, int d, List<Quoted> parsed, int i) {
        if (c.startsWith("diff --git ") || HUNK.matcher(c).matches()) {
            return true;
        }
        if (c.startsWith("--- ")) {
            return i + 1 < parsed.size() && parsed.get(i + 1).depth() == d && parsed.get(i + 1).content().startsWith("+++ ");
        }
        return d > 0 && c.startsWith("+") && !c.startsWith("+++") && c.length() > 1;
    }

    private void startComment(int d, int no, String first) {
        flushComment();
        comment = new StringBuilder(first).append('\n');
        commentDepth = d;
        commentLine = no;
        commentFile = anchorFile;
        commentHunk = anchorHunk;
        commentAnchor = anchorLine;
        StringBuilder q = new StringBuilder();
        for (Quoted l : quote) {
            if (l.depth() > d) {
                q.append("> ".repeat(l.depth() - d - 1)).append(l.content()).append('\n');
            }
        }
        commentQuote = q.toString();
        quote.clear();
    }

    private void flushComment() {
        if (comment == null) {
            return;
        }
        String text = comment.toString().strip();
        comment = null;
        if (text.isEmpty()) {
            return;
        }
        if (comments.size() >= MAX_COMMENTS) {
            if (!commentsCapped) {
                commentsCapped = true;
                diags.warn(commentLine, "comments-capped", "more than " + MAX_COMMENTS + " review comments; the rest are ignored");
            }
            return;
        }
        if (SIGN_OFF.matcher(text).matches()) {
            return; // "Thanks,\nName" below the last quote closes the mail, it does not review anything
        }
        String key = text.replaceAll("\\s+", " ");
        if (comments.stream().map(c -> c.getText().replaceAll("\\s+", " ")).anyMatch(k -> k.equals(key)
                || Math.min(k.length(), key.length()) >= MIN_REQUOTE && (k.startsWith(key) || key.startsWith(k)))) {
            return; // the same words quoted again (perhaps cut shorter) by a later mail on the page
        }
        ReviewComment rc = MmlensFactory.eINSTANCE.createReviewComment();
        rc.setAuthor(authors[commentDepth]);
        rc.setText(text);
        rc.setQuote(commentQuote);
        rc.setQuoteDepth(commentDepth);
        rc.setMessageId(messageId);
        rc.setSourceFile(diags.file());
        rc.setSourceLine(commentLine);
        rc.setFile(commentFile);
        rc.setHunk(commentHunk);
        rc.setLine(commentAnchor);
        comments.add(rc);
    }

    private void remember(Quoted q) {
        quote.addLast(q);
        if (quote.size() > MAX_QUOTE_LINES) {
            quote.removeFirst();
        }
    }

    private void keepText(int d, String c) {
        List<String> t = depthText.get(d);
        if (t.size() < 2000) {
            t.add(c);
        }
    }

    /** True for an archive's page footer line, after which a mail's text has ended. */
    static boolean isFooter(String line) {
        return FOOTER.matcher(line).find();
    }

    /** The name an attribution line gives, joining "On ..." split over two lines; null if none. */
    static String attribution(String c, String previous) {
        String s = c.strip();
        if (!s.endsWith("wrote:")) {
            return null;
        }
        if (previous != null && previous.startsWith("On ") && !s.startsWith("On ")) {
            s = previous.strip() + " " + s;
        }
        Matcher m = ATTRIBUTION.matcher(s);
        if (!m.matches()) {
            return null;
        }
        if (m.group(3) != null) {
            return m.group(3).strip();
        }
        // "On <date parts>, <name, possibly with commas> wrote:": the name follows the last part with a digit.
        String[] parts = (m.group(1) + ", " + m.group(2)).split(", ");
        int last = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].matches(".*\\d.*") && !parts[i].contains("<") && !parts[i].contains("@")) {
                last = i;
            }
        }
        String name = String.join(", ", java.util.Arrays.copyOfRange(parts, Math.min(last + 1, parts.length - 1), parts.length));
        return name.strip();
    }

    /** Splits a line into its quote depth and content: "> > x" and ">>x" are both depth 2. */
    private static Quoted dequote(String line) {
        int depth = 0;
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == '>' && depth < MAX_DEPTH) {
            depth++;
            i++;
            if (i < n && line.charAt(i) == ' ') {
                if (i + 1 < n && line.charAt(i + 1) == '>') {
                    i++;
                } else {
                    i++;
                    break;
                }
            }
        }
        return new Quoted(depth, line.substring(i));
    }
}
