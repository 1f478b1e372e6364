package mmlens.ui.internal.diff;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IPartitionTokenScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Partition scanner that returns one token per line (delimiter included), typed by
 * {@link DiffLineKinds#classify}. Lines are independent, so a partial rescan may restart at
 * any line start.
 */
final class DiffLineScanner implements IPartitionTokenScanner {

    private IDocument document;
    private int end;
    private int tokenOffset;
    private int tokenLength;
    private int next;

    @Override
    public void setRange(IDocument doc, int offset, int length) {
        this.document = doc;
        this.end = offset + length;
        this.next = lineStart(doc, offset);
        this.tokenOffset = next;
        this.tokenLength = 0;
    }

    @Override
    public void setPartialRange(IDocument doc, int offset, int length, String contentType, int partitionOffset) {
        setRange(doc, offset, length);
    }

    @Override
    public IToken nextToken() {
        if (next >= end) {
            return Token.EOF;
        }
        try {
            int line = document.getLineOfOffset(next);
            int start = document.getLineOffset(line);
            int fullLength = document.getLineLength(line);
            String delimiter = document.getLineDelimiter(line);
            int textLength = fullLength - (delimiter == null ? 0 : delimiter.length());
            tokenOffset = next;
            tokenLength = Math.max(1, start + fullLength - next);
            next = tokenOffset + tokenLength;
            String type = DiffLineKinds.classify(document.get(start, textLength));
            return type == null ? Token.UNDEFINED : new Token(type);
        } catch (BadLocationException e) {
            next = end;
            return Token.EOF;
        }
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }

    private static int lineStart(IDocument doc, int offset) {
        try {
            return doc.getLineOffset(doc.getLineOfOffset(offset));
        } catch (BadLocationException e) {
            return offset;
        }
    }
}
