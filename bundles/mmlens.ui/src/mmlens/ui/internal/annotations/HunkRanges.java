package mmlens.ui.internal.annotations;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

import mmlens.model.Hunk;

/**
 * Where a hunk sits in the displayed text: from its {@code @@} header line (the model's 1-based
 * {@link Hunk#getSourceLine()}) through its last body line, delimiters included; clipped to the
 * document.
 */
public final class HunkRanges {

    private HunkRanges() {
    }

    /** The hunk's range, or {@code null} when its header lies outside the document. */
    public static Position of(IDocument doc, Hunk hunk) {
        int first = hunk.getSourceLine() - 1;
        if (first < 0 || first >= doc.getNumberOfLines()) {
            return null;
        }
        int last = Math.min(doc.getNumberOfLines() - 1, first + hunk.getLines().size());
        try {
            int start = doc.getLineOffset(first);
            int end = doc.getLineOffset(last) + doc.getLineLength(last);
            return new Position(start, end - start);
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** The hunk's {@code @@} header line, delimiter included, or {@code null} when outside the document. */
    public static Position header(IDocument doc, Hunk hunk) {
        int line = hunk.getSourceLine() - 1;
        if (line < 0 || line >= doc.getNumberOfLines()) {
            return null;
        }
        try {
            return new Position(doc.getLineOffset(line), doc.getLineLength(line));
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** Offset of the hunk's header line, or -1. */
    public static int headerOffset(IDocument doc, Hunk hunk) {
        Position p = of(doc, hunk);
        return p == null ? -1 : p.getOffset();
    }
}
