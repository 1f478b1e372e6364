package mmlens.analysis.internal.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;

/**
 * Splits an mbox stream into raw messages without reading it whole. A message starts at a From_
 * line ("From " + sender + something with a digit, at the start of the file or after an empty
 * line); mboxrd escaping is undone ({@code >From } loses one {@code >}, as git mailsplit --mboxrd
 * does). With {@code single} the whole stream is one message (a .eml file). Each message is
 * capped at {@code maxMessageBytes}; the rest of an oversized message is skipped with a warning.
 */
final class MboxReader {

    private static final Pattern FROM_ = Pattern.compile("^From \\S+ .*\\d.*$");

    private final LineReader in;
    private final Diags diags;
    private final int maxMessageBytes;
    private final boolean single;

    MboxReader(LineReader in, Diags diags, int maxMessageBytes, boolean single) {
        this.in = in;
        this.diags = diags;
        this.maxMessageBytes = maxMessageBytes;
        this.single = single;
    }

    /** Calls {@code sink} with each message's bytes (LF line ends) and the line number of its first line. */
    void read(ObjIntConsumer<byte[]> sink) throws IOException {
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        int first = 0;
        boolean previousBlank = true;
        boolean capped = false;
        boolean started = single;
        boolean garbage = false;
        for (byte[] line; (line = in.next()) != null;) {
            int no = in.lineNo();
            if (!single && previousBlank && isFromLine(line)) {
                if (started && (msg.size() > 0 || first > 0)) {
                    sink.accept(msg.toByteArray(), first);
                }
                msg.reset();
                started = true;
                capped = false;
                first = no + 1;
                previousBlank = false;
                continue;
            }
            previousBlank = line.length == 0;
            if (!started) {
                if (line.length > 0 && !garbage) {
                    garbage = true;
                    diags.warn(no, "mbox-garbage", "text before the first From_ line ignored");
                }
                continue;
            }
            if (first <= 0) {
                first = no;
            }
            if (capped) {
                continue;
            }
            if (msg.size() + line.length + 1 > maxMessageBytes) {
                capped = true;
                diags.warn(no, "message-too-large", "message larger than " + maxMessageBytes
                        + " bytes; the rest of it is skipped");
                continue;
            }
            if (!single && isEscapedFrom(line)) {
                msg.write(line, 1, line.length - 1);
            } else {
                msg.write(line, 0, line.length);
            }
            msg.write('\n');
        }
        if (started && first > 0) {
            sink.accept(msg.toByteArray(), first);
        }
    }

    /** ">From ", ">>From " ...: mboxrd's escaping of a body line starting with "From ". */
    private static boolean isEscapedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && line.length >= i + 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
                && line[i + 3] == 'm' && line[i + 4] == ' ';
    }

    private static boolean isFromLine(byte[] line) {
        return line.length > 6 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm' && line[4] == ' '
                && FROM_.matcher(ascii(line, 200)).matches();
    }

    private static String ascii(byte[] line, int max) {
        return new String(line, 0, Math.min(line.length, max), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
