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

    private static final Pattern ID_HEADER = Pattern.compile("^(Message-I[Dd]|In-Reply-To|References):\\s*(.*)$");
    private static final int HEADER_SCAN = 40;

    /**
     * The units of a page: a thread page that shows several mails each with its own Subject: header
     * naming different patches or replies (a lore thread view: the cover letter, [PATCH 1/2],
     * [PATCH 2/2], replies) gives one unit per mail, threaded by their Message-ID, In-Reply-To and
     * References headers where the page shows them, as the mails of an mbox would be; any other page
     * is one unit ({@link #parse}).
     */
    static List<Unit> parseAll(List<String> lines, Diags diags, LineBudget budget) {
        List<Integer> starts = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (mailStart(lines.get(i)) != null && lines.get(i).startsWith("From:")) {
                String subj = null;
                for (int j = i; j < Math.min(lines.size(), i + HEADER_SCAN) && !lines.get(j).isBlank(); j++) {
                    Matcher m = SUBJECT.matcher(lines.get(j));
                    if (m.matches()) {
                        subj = m.group(1).strip();
                        break;
                    }
                }
                starts.add(i);
                subjects.add(subj);
            }
        }
        long own = subjects.stream().filter(x -> x != null && SubjectPrefix.parse(x).patch()).count();
        if (starts.size() < 2 || own < 2 || subjects.stream().filter(x -> x != null).distinct().count() < 2
                || subjects.contains(null)) {
            return List.of(parse(lines, 0, diags, budget, true));
        }
        List<Unit> units = new ArrayList<>();
        for (int m = 0; m < starts.size(); m++) {
            int from = starts.get(m);
            int to = m + 1 < starts.size() ? starts.get(m + 1) : lines.size();
            if (to - 1 > from && isSubjectLine(lines.get(to - 1))) {
                to--; // the next mail's anchor line ("* [PATCH ...]") above its From:
            }
            Unit u = parse(lines.subList(from, to), from, diags, budget, false);
            u.line = from + 1;
            for (int j = from; j < Math.min(to, from + HEADER_SCAN) && !lines.get(j).isBlank(); j++) {
                Matcher h = ID_HEADER.matcher(lines.get(j));
                if (!h.matches()) {
                    continue;
                }
                switch (h.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "message-id" -> u.messageId = MailDecoder.firstId(h.group(2));
                    case "in-reply-to" -> u.inReplyTo = MailDecoder.firstId(h.group(2));
                    default -> u.references.addAll(MailDecoder.ids(h.group(2)));
                }
            }
            if (u.patch != null && u.messageId != null) {
                u.patch.setMessageId(u.messageId);
                u.patch.setInReplyTo(u.inReplyTo);
            }
            if (u.cover != null && u.messageId != null) {
                u.cover.setMessageId(u.messageId);
            }
            units.add(u);
        }
        if (units.stream().allMatch(Unit::isEmpty)) {
            diags.warn(0, "nothing-found", "no patch, cover letter or review comment recognised in this text");
        }
        return units;
    }

    static Unit parse(List<String> lines, Diags diags, LineBudget budget) {
        return parse(lines, 0, diags, budget, true);
    }

    /** One unit from {@code lines}, which start at input line {@code offset} + 1. */
    private static Unit parse(List<String> lines, int offset, Diags diags, LineBudget budget, boolean warnEmpty) {
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
                unit.cover = cover(mail, rawSubject, prefix, authors.get(0), diags, offset + mails.get(0)[0] + 1);
                unit.coverFacts.read(mail);
            }
            qr.message(mail, offset + mails.get(m)[0] + 1, authors.get(m), null);
        }
        unit.comments.addAll(qr.comments());
        if (!patch.getFiles().isEmpty() || (prefix.index() > 0 && !prefix.cover())) {
            if (qr.diffDepth() == 0) {
                patch.setOrigin(PatchOrigin.MAIL);
                patch.setAuthor(authors.get(0));
            }
            commitMessage(patch, qr.preface());
            patch.setSourceLine(offset + 1);
            unit.patch = patch;
            for (ReviewComment c : unit.comments) {
                c.setPatch(patch);
            }
        }
        if (unit.isEmpty() && warnEmpty) {
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
