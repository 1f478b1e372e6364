package mmlens.analysis.internal.parse;

import java.util.List;

import mmlens.analysis.parse.SubjectPrefix;
import mmlens.model.CoverLetter;
import mmlens.model.Message;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;

/**
 * Turns one decoded mail into a {@link Unit}: a cover letter when its counter is 0/M, review
 * comments (plus any quoted diff) when it is a reply, otherwise a patch. A reply that carries its
 * own unquoted patch below its prose ({@link CounterPatch}) is a patch too: its prose, without
 * the quote it answers, is the commit message and its subject the reply's.
 */
final class MailHandler {

    private MailHandler() {
    }

    static Unit handle(MailDecoder.Mail mail, int firstLine, Diags diags, LineBudget budget) {
        SubjectPrefix prefix = SubjectPrefix.parse(mail.rawSubject());
        Unit unit = new Unit(diags.file(), prefix);
        unit.messageId = mail.messageId();
        unit.inReplyTo = mail.inReplyTo();
        unit.references.addAll(mail.references());
        unit.author = mail.author();
        unit.line = firstLine;
        // the follow-up trailers are read only where they are used (a reply, or a mail that may be
        // one): reading them scans the whole body, diff included
        List<FollowupTrailers.Found> trailers = null;
        if (!unit.reply && !prefix.cover() && !mail.references().isEmpty() && !FollowupTrailers.hasDiff(mail.body())) {
            trailers = FollowupTrailers.find(mail.body());
            if (!trailers.isEmpty()) {
                unit.reply = true; // b4: a follow-up without Re: that carries trailers and no diff
            }
        }
        int own = unit.reply ? CounterPatch.start(mail.body()) : -1;
        if (unit.reply && own < 0) {
            unit.followups.addAll(trailers != null ? trailers : FollowupTrailers.find(mail.body()));
            Patch quoted = newPatch(prefix, PatchOrigin.QUOTED);
            QuoteReader qr = new QuoteReader(quoted, diags, budget);
            qr.message(mail.body(), mail::lineOf, mail.author(), mail.messageId());
            unit.comments.addAll(qr.comments());
            if (!quoted.getFiles().isEmpty()) {
                unit.patch = quoted;
                envelope(quoted, mail, prefix, diags, firstLine);
                quoted.setAuthor(null);
            }
        } else if (prefix.cover() && own < 0) {
            CoverLetter cover = MmlensFactory.eINSTANCE.createCoverLetter();
            envelope(cover, mail, prefix, diags, firstLine);
            cover.setText(String.join("\n", mail.body()).strip());
            unit.coverFacts.read(mail.body());
            unit.cover = cover;
        } else {
            Patch patch = newPatch(prefix, PatchOrigin.MAIL);
            envelope(patch, mail, prefix, diags, firstLine);
            BodyReader body = new BodyReader(patch, diags, budget, unit.meta);
            List<String> lines = mail.body();
            for (int i = 0; i < lines.size(); i++) {
                // a reply's own patch: its prose is the message, the quote it answers is not
                if (own < 0 || i >= own || CounterPatch.ownLine(lines, i)) {
                    body.line(lines.get(i), mail.lineOf(i));
                }
            }
            body.finish(mail.lineOf(lines.size() - 1) + 1);
            if (patch.getFiles().isEmpty()) {
                diags.info(firstLine, "no-diff", "mail \"" + abbreviate(mail.rawSubject()) + "\" holds no diff");
            }
            unit.patch = patch;
            unit.ownPatch = own >= 0;
        }
        return unit;
    }

    static Patch newPatch(SubjectPrefix prefix, PatchOrigin origin) {
        Patch p = MmlensFactory.eINSTANCE.createPatch();
        p.setOrigin(origin);
        p.setIndex(prefix.index() > 0 ? prefix.index() : 1);
        p.setSubject(prefix.subject());
        p.getTags().addAll(prefix.tags());
        return p;
    }

    private static void envelope(Message m, MailDecoder.Mail mail, SubjectPrefix prefix, Diags diags, int firstLine) {
        m.setRawSubject(mail.rawSubject());
        if (m.getSubject() == null) {
            m.setSubject(prefix.subject());
        }
        if (m.getTags().isEmpty()) {
            m.getTags().addAll(prefix.tags());
        }
        m.setAuthor(mail.author());
        m.setDate(mail.date());
        m.setMessageId(mail.messageId());
        m.setInReplyTo(mail.inReplyTo());
        m.getReferences().addAll(mail.references());
        m.setSourceFile(diags.file());
        m.setSourceLine(firstLine);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
