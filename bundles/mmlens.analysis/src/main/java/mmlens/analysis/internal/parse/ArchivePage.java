package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.analysis.parse.SubjectPrefix;
import mmlens.model.CoverLetter;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.ReviewComment;

/**
 * Reads a saved mailing-list archive page (plain text, possibly several mails with quoted replies).
 * <p>
 * The page subject is the first "Subject:" header or bracketed patch subject near the top. Mails
 * on the page are told apart by the archive's per-message header lines: "From: X",
 * "Posted by X &lt;age&gt; ago", or a patchwork "X Month D, YYYY, h:mm a.m. UTC | #n" line; a page
 * without any is one mail of unknown author. For a 0/M subject the first mail is the cover letter.
 * Quoted diffs of all mails go into one patch whose counter comes from the page subject.
 */
final class ArchivePage {

    private static final int TITLE_SCAN = 60;
    private static final Pattern SUBJECT = Pattern.compile("^Subject:\\s*(.+)$");
    private static final Pattern[] MAIL_START = {
        Pattern.compile("^From:\\s+(\\S.{0,200})$"),
        Pattern.compile("^Posted by (.{1,200}?) \\d+ (?:second|minute|hour|day|week|month|year)s?\\b.*ago$"),
        Pattern.compile("^(\\S.{0,200}?) (?:January|February|March|April|May|June|July|August|September|October|"
                + "November|December) \\d{1,2}, \\d{4}, (?:noon|midnight|\\d{1,2}(?::\\d{2})? [ap]\\.m\\.) UTC(?: \\| #\\d+)?$"),
    };

    private ArchivePage() {
    }

    static Unit parse(List<String> lines, Diags diags, LineBudget budget) {
        String rawSubject = subject(lines);
        SubjectPrefix prefix = SubjectPrefix.parse(rawSubject);
        Unit unit = new Unit(diags.file(), prefix);
        List<int[]> mails = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String author = mailStart(lines.get(i));
            if (author != null) {
                if (!mails.isEmpty()) {
                    int[] previous = mails.get(mails.size() - 1);
                    previous[1] = Math.max(previous[0], isSubjectLine(lines.get(i - 1)) ? i - 1 : i);
                }
                mails.add(new int[] {i + 1, lines.size()});
                authors.add(author);
            }
        }
        if (mails.isEmpty()) {
            mails.add(new int[] {0, lines.size()});
            authors.add(null);
        }
        Patch patch = MailHandler.newPatch(prefix, PatchOrigin.QUOTED);
        patch.setRawSubject(rawSubject);
        patch.setSourceFile(diags.file());
        QuoteReader qr = new QuoteReader(patch, diags, budget);
        for (int m = 0; m < mails.size(); m++) {
            List<String> mail = lines.subList(mails.get(m)[0], mails.get(m)[1]);
            if (m == 0 && prefix.cover() && !prefix.reply()) {
                unit.cover = cover(mail, rawSubject, prefix, authors.get(0), diags, mails.get(0)[0] + 1);
                unit.coverFacts.read(mail);
            }
            qr.message(mail, mails.get(m)[0] + 1, authors.get(m), null);
        }
        unit.comments.addAll(qr.comments());
        if (!patch.getFiles().isEmpty() || (prefix.index() > 0 && !prefix.cover())) {
            if (qr.diffDepth() == 0) {
                patch.setOrigin(PatchOrigin.MAIL);
                patch.setAuthor(authors.get(0));
            }
            commitMessage(patch, qr.preface());
            patch.setSourceLine(1);
            unit.patch = patch;
            for (ReviewComment c : unit.comments) {
                c.setPatch(patch);
            }
        }
        if (unit.isEmpty()) {
            diags.warn(0, "nothing-found", "no patch, cover letter or review comment recognised in this text");
        }
        return unit;
    }

    private static CoverLetter cover(List<String> mail, String rawSubject, SubjectPrefix prefix, String author,
            Diags diags, int line) {
        CoverLetter c = MmlensFactory.eINSTANCE.createCoverLetter();
        c.setRawSubject(rawSubject);
        c.setSubject(prefix.subject());
        c.getTags().addAll(prefix.tags());
        c.setAuthor(author);
        c.setSourceFile(diags.file());
        c.setSourceLine(line);
        StringBuilder text = new StringBuilder();
        for (String l : mail) {
            if (QuoteReader.isFooter(l)) {
                break;
            }
            text.append(l).append('\n');
        }
        c.setText(text.toString().strip());
        return c;
    }

    /** The quoted commit message: text before the "---" separator, trailers split off. */
    private static void commitMessage(Patch patch, List<String> preface) {
        List<String> msg = new ArrayList<>();
        for (String l : preface) {
            if (BodyReader.patchBreak(l)) {
                break;
            }
            msg.add(l);
        }
        BodyReader.splitTrailers(msg, patch);
    }

    private static String subject(List<String> lines) {
        int n = Math.min(lines.size(), TITLE_SCAN);
        for (int i = 0; i < n; i++) {
            Matcher m = SUBJECT.matcher(lines.get(i));
            if (m.matches()) {
                StringBuilder s = new StringBuilder(m.group(1).strip());
                for (int j = i + 1; j < n && !lines.get(j).isEmpty() && Character.isWhitespace(lines.get(j).charAt(0)); j++) {
                    s.append(' ').append(lines.get(j).strip());
                }
                return s.toString();
            }
        }
        for (int i = 0; i < n; i++) {
            if (isSubjectLine(lines.get(i))) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    private static boolean isSubjectLine(String l) {
        return l.length() < 300 && !l.startsWith(">") && l.contains("[") && SubjectPrefix.parse(l).patch();
    }

    private static String mailStart(String l) {
        if (l.isEmpty() || l.startsWith(">") || l.length() > 300) {
            return null;
        }
        for (Pattern p : MAIL_START) {
            Matcher m = p.matcher(l);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
