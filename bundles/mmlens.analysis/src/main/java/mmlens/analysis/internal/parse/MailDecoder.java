package mmlens.analysis.internal.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Decodes one RFC 5322 message with Apache Mime4j: header fields (RFC 2047 encoded words,
 * folding), transfer encodings (quoted-printable, base64), charsets and multipart bodies. The body
 * is the concatenation of its text parts other than HTML (git mailinfo also reads patches sent as
 * text/x-patch attachments). Never throws: unreadable MIME falls back to splitting the raw bytes at
 * the first empty line, with an error diagnostic.
 */
final class MailDecoder {

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]{1,998})>");
    private static final MimeConfig CONFIG = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1).setMaxContentLen(-1).setStrictParsing(false).build();

    /**
     * A decoded mail. {@code bodyFirstLine} is the input line of the body's first line. {@code lineMap},
     * when not null, gives the input line of each decoded body line: a single-part quoted-printable
     * body (a line joined from soft-broken input lines is at its first one), or a single-part base64
     * body (every line at the body's start, the decoded text having no line of its own in the input).
     * Null: the body's lines follow one another from {@code bodyFirstLine} (exact for 7bit/8bit
     * single-part mails; for multipart ones from the body start).
     */
    record Mail(String rawSubject, String author, String date, String messageId, String inReplyTo,
            List<String> references, List<String> body, int bodyFirstLine, int[] lineMap) {

        Mail(String rawSubject, String author, String date, String messageId, String inReplyTo,
                List<String> references, List<String> body, int bodyFirstLine) {
            this(rawSubject, author, date, messageId, inReplyTo, references, body, bodyFirstLine, null);
        }

        /** The input line of body line i. */
        int lineOf(int i) {
            return lineMap != null && i >= 0 && i < lineMap.length ? lineMap[i] : bodyFirstLine + i;
        }
    }

    private MailDecoder() {
    }

    static Mail decode(byte[] raw, int firstLine, Diags diags) {
        int headerLines = headerLineCount(raw);
        int bodyLine = firstLine + headerLines + 1;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(CONFIG);
            Monitor monitor = new Monitor();
            builder.setDecodeMonitor(monitor);
            Message msg = builder.parseMessage(new ByteArrayInputStream(raw));
            try {
                StringBuilder text = new StringBuilder();
                collectText(msg, text, diags, bodyLine);
                for (String problem : monitor.problems) {
                    diags.warn(bodyLine, "invalid-mime", "MIME decoding: " + problem);
                }
                List<String> body = lines(text);
                return new Mail(nz(msg.getSubject()), author(msg), field(msg, "Date"), firstId(field(msg, "Message-ID")),
                        firstId(field(msg, "In-Reply-To")), ids(field(msg, "References")), body, bodyLine,
                        lineMap(msg, raw, bodyLine, body.size()));
            } finally {
                msg.dispose();
            }
        } catch (IOException | RuntimeException e) {
            diags.error(firstLine, "invalid-mime", "unreadable MIME message (" + e.getClass().getSimpleName()
                    + "); body read as raw UTF-8");
            return fallback(raw, bodyLine);
        }
    }

    private static void collectText(Entity e, StringBuilder out, Diags diags, int line) throws IOException {
        Body body = e.getBody();
        if (body instanceof Multipart mp) {
            boolean hasPlain = mp.getBodyParts().stream().anyMatch(p -> "text/plain".equals(p.getMimeType()));
            for (Entity part : mp.getBodyParts()) {
                if (hasPlain && "text/html".equals(part.getMimeType())) {
                    continue;
                }
                collectText(part, out, diags, line);
            }
        } else if (body instanceof Message inner) {
            collectText(inner, out, diags, line);
        } else if (body instanceof TextBody tb) {
            String type = e.getHeader() == null || e.getHeader().getField("Content-Type") == null ? ""
                    : e.getHeader().getField("Content-Type").getBody().toLowerCase(Locale.ROOT);
            if (type.strip().startsWith("multipart/")) {
                diags.warn(line, "invalid-mime", "multipart body without a usable boundary; read as plain text");
            }
            if (!supported(e.getCharset())) {
                diags.warn(line, "invalid-mime", "unknown charset \"" + e.getCharset() + "\"; decoded as " + tb.getCharset());
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            try (Reader r = tb.getReader()) {
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0;) {
                    out.append(buf, 0, n);
                }
            }
        } else if (body != null) {
            diags.info(line, "non-text-part", "skipped a " + e.getMimeType() + " part");
        }
    }

    private static boolean supported(String charset) {
        try {
            return charset == null || java.nio.charset.Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What Mime4j had to repair (bad base64, bad quoted-printable, bad encoded words), each distinct
     * problem once (at most five). Quoted-printable text with
     * bare LF line ends is not one: RFC 2045 wants CRLF on the wire, but a mailbox file on disk
     * holds LF, the decoder translates it losslessly, and a warning on nearly every mbox would
     * drown the ones that matter.
     */
    private static final class Monitor extends DecodeMonitor {
        final Set<String> problems = new LinkedHashSet<>();

        @Override
        public boolean warn(String data, String dropDesc) {
            // mbox files keep mail with LF line ends: a bare LF, and a quoted-printable soft break "="
            // before one, are how every such mail reads, not damage
            if (data != null && (data.startsWith("Found LF without CR") || data.startsWith("Found non-standard soft line break"))) {
                return false;
            }
            if (problems.size() < 5) {
                problems.add(data + (dropDesc == null ? "" : " (" + dropDesc + ")"));
            }
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }

    private static String author(Message msg) {
        MailboxList from = null;
        try {
            from = msg.getFrom();
        } catch (RuntimeException e) {
            // unparsable address: use the raw field below
        }
        if (from != null && !from.isEmpty()) {
            Mailbox m = from.get(0);
            String name = m.getName();
            return name == null || name.isBlank() ? m.getAddress() : name.strip() + " <" + m.getAddress() + ">";
        }
        String raw = field(msg, "From");
        return raw == null ? null : DecoderUtil.decodeEncodedWords(raw, DecodeMonitor.SILENT).strip();
    }

    private static String field(Message msg, String name) {
        Field f = msg.getHeader() == null ? null : msg.getHeader().getField(name);
        return f == null || f.getBody() == null ? null : f.getBody().replaceAll("\\r?\\n[ \\t]", " ").strip();
    }

    static String firstId(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(v);
        return m.find() ? m.group(1) : v.isBlank() ? null : v.strip();
    }

    static List<String> ids(String v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            Matcher m = ANGLE_ID.matcher(v);
            while (m.find() && out.size() < 200) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<String> lines(CharSequence text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(strip(text.subSequence(start, i).toString()));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(strip(text.subSequence(start, text.length()).toString()));
        }
        return out;
    }

    private static String strip(String l) {
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * The input line of each decoded body line of a single-part quoted-printable or base64 mail (see
     * {@link Mail}); null for other mails, or when the soft line breaks do not account for the
     * decoded lines (then numbering goes on from the body start).
     */
    private static int[] lineMap(Message msg, byte[] raw, int bodyLine, int decodedLines) {
        if (msg.getBody() instanceof Multipart || msg.getBody() instanceof Message) {
            return null;
        }
        String cte = field(msg, "Content-Transfer-Encoding");
        cte = cte == null ? "" : cte.strip().toLowerCase(Locale.ROOT);
        int[] map = new int[decodedLines];
        if (cte.equals("base64")) {
            java.util.Arrays.fill(map, bodyLine);
            return map;
        }
        if (!cte.equals("quoted-printable")) {
            return null;
        }
        // the body starts after the header's blank line
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                boolean blank = i == start || (i == start + 1 && raw[start] == '\r');
                start = i + 1;
                if (blank) {
                    break;
                }
            }
        }
        int line = bodyLine;
        int d = 0;
        boolean continued = false;
        for (int i = start, from = start; i <= raw.length && d < decodedLines; i++) {
            if (i < raw.length && raw[i] != '\n') {
                continue;
            }
            int end = i;
            while (end > from && (raw[end - 1] == '\r' || raw[end - 1] == ' ' || raw[end - 1] == '\t')) {
                end--;
            }
            if (!continued) {
                map[d] = line;
            }
            continued = end > from && raw[end - 1] == '=';
            if (!continued) {
                d++;
            }
            line++;
            from = i + 1;
        }
        return d == decodedLines ? map : null;
    }

    private static int headerLineCount(byte[] raw) {
        int lines = 0;
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                if (i == start || (i == start + 1 && raw[start] == '\r')) {
                    return lines;
                }
                lines++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static Mail fallback(byte[] raw, int bodyLine) {
        List<String> all = lines(new String(raw, StandardCharsets.UTF_8));
        int blank = all.indexOf("");
        List<String> headers = blank < 0 ? all : all.subList(0, blank);
        List<String> body = blank < 0 ? List.of() : all.subList(blank + 1, all.size());
        String subject = "";
        String from = null;
        String id = null;
        for (String h : headers) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("subject:")) {
                subject = h.substring(8).strip();
            } else if (lower.startsWith("from:")) {
                from = h.substring(5).strip();
            } else if (lower.startsWith("message-id:")) {
                id = firstId(h.substring(11));
            }
        }
        return new Mail(subject, from, null, id, null, List.of(), new ArrayList<>(body), bodyLine);
    }
}
