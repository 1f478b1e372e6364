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

    Unit(String sourceFile, SubjectPrefix prefix) {
        this.sourceFile = sourceFile;
        this.prefix = prefix;
    }

    boolean isEmpty() {
        return cover == null && patch == null && comments.isEmpty();
    }
}
