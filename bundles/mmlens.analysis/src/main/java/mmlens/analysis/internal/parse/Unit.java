package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;

import mmlens.analysis.parse.SubjectPrefix;
import mmlens.model.CoverLetter;
import mmlens.model.Patch;
import mmlens.model.ReviewComment;

/**
 * What one mail (or one archive page, or one plain diff) contributes to a series before assembly:
 * a cover letter or a patch (either may be absent), review comments, and series-wide facts.
 */
final class Unit {

    final String sourceFile;
    final SubjectPrefix prefix;
    CoverLetter cover;
    Patch patch;
    final List<ReviewComment> comments = new ArrayList<>();
    final CoverReader coverFacts = new CoverReader();
    final SeriesMeta meta = new SeriesMeta();
    /** A reply carrying its own patch ({@link CounterPatch}): a proposal of its own, not part of the series it answers. */
    boolean ownPatch;
    String messageId;
    String inReplyTo;
    final List<String> references = new ArrayList<>();
    /** A reply: {@code Re:} in the subject, or (as b4 decides) a mail with References, follow-up trailers and no diff. */
    boolean reply;
    /** 1-based input line where the mail starts (0: unknown). */
    int line;
    /** The mail's decoded From, for follow-up trailers. */
    String author;
    /** Trailers in a reply's own text ({@link FollowupTrailers}); empty for other units. */
    final List<FollowupTrailers.Found> followups = new ArrayList<>();

    Unit(String sourceFile, SubjectPrefix prefix) {
        this.sourceFile = sourceFile;
        this.prefix = prefix;
        this.reply = prefix.reply();
    }

    boolean isEmpty() {
        return cover == null && patch == null && comments.isEmpty() && followups.isEmpty();
    }
}
