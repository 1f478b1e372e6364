package mmlens.analysis.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams an input as lines of bytes without holding more than one line in memory.
 * <p>
 * A line is the bytes up to and excluding LF; a CR directly before the LF is dropped too, and the
 * reader remembers that CRLF was seen. NUL bytes are replaced by U+FFFD's UTF-8 encoding and
 * counted. Lines longer than {@code maxLineBytes} are cut to that length (the rest is skipped) and
 * counted. Line numbers are 1-based.
 */
public final class LineReader {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int lineNo;
    private long bytesRead;
    private int crlfLines;
    private int nulBytes;
    private int longLines;
    private int firstNulLine;
    private int firstLongLine;
    private boolean truncated;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Returns the next line's bytes (a fresh array) or null at end of input. */
    public byte[] next() throws IOException {
        int len = 0;
        boolean any = false;
        truncated = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                bytesRead += limit;
            }
            any = true;
            int end = pos;
            boolean nul = false;
            while (end < limit && buf[end] != '\n') {
                nul |= buf[end] == 0;
                end++;
            }
            len = copy(len, pos, end, nul);
            boolean lf = end < limit;
            pos = lf ? end + 1 : end;
            if (lf) {
                break;
            }
        }
        lineNo++;
        if (truncated && longLines++ == 0) {
            firstLongLine = lineNo;
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
            crlfLines++;
        }
        return Arrays.copyOf(line, len);
    }

    /** Appends buf[from, to) to the line, replacing NULs and stopping at maxLineBytes; returns the new length. */
    private int copy(int len, int from, int to, boolean nul) {
        if (!nul) {
            int n = Math.min(to - from, maxLineBytes - len);
            if (n <= 0) {
                if (to > from) {
                    truncated = true;
                }
                return len;
            }
            if (n < to - from) {
                truncated = true;
            }
            ensure(len + n);
            System.arraycopy(buf, from, line, len, n);
            return len + n;
        }
        for (int i = from; i < to; i++) {
            if (len >= maxLineBytes) {
                truncated = true;
                break;
            }
            if (buf[i] == 0) {
                if (nulBytes++ == 0) {
                    firstNulLine = lineNo + 1;
                }
                len = append(len, REPLACEMENT);
            } else {
                ensure(len + 1);
                line[len++] = buf[i];
            }
        }
        return len;
    }

    private void ensure(int size) {
        if (size > line.length) {
            line = Arrays.copyOf(line, Math.max(size, line.length * 2));
        }
    }

    private int append(int len, byte[] bytes) {
        if (len + bytes.length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + bytes.length));
        }
        System.arraycopy(bytes, 0, line, len, bytes.length);
        return len + bytes.length;
    }

    /** Number of the line last returned by {@link #next()}. */
    public int lineNo() {
        return lineNo;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** Reports what was repaired while reading: CRLF, NUL bytes, overlong lines. */
    public void report(Diags diags) {
        if (crlfLines > 0) {
            diags.info(0, "crlf", crlfLines + " lines end in CRLF; read as LF");
        }
        if (nulBytes > 0) {
            diags.warn(firstNulLine, "nul-bytes", nulBytes + " NUL bytes (binary data?) replaced by U+FFFD, first on this line");
        }
        if (longLines > 0) {
            diags.warn(firstLongLine, "line-too-long",
                    longLines + " lines longer than " + maxLineBytes + " bytes were cut, first on this line");
        }
    }
}
