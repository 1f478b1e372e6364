package mmlens.analysis.internal.parse;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

import mmlens.analysis.parse.ParseLimits;
import mmlens.analysis.parse.SubjectPrefix;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;

/**
 * Parses one input stream into units for the {@link SeriesAssembler}, choosing the reader from
 * the first bytes: an mbox (From_ line), a single mail (RFC 5322 header block), a plain diff, or
 * otherwise archive text. Mbox and plain-diff input is streamed line by line; a single mail is
 * held up to {@link ParseLimits#maxMessageBytes()} and archive text up to
 * {@link ParseLimits#maxArchiveBytes()}. I/O errors become diagnostics. Input that is neither mail
 * nor diff and whose first bytes are binary ({@link BinarySniff}) is refused whole with one
 * {@code binary} error, so none of its bytes reach the model or a terminal.
 */
public final class FileParser {

    /** How an input was read. */
    public enum Kind { MBOX, MAIL, DIFF, ARCHIVE }

    private static final int SNIFF_BYTES = 1 << 16;
    /** Messages read ahead of the merge in the parallel mode. */
    private static final int PARALLEL_WINDOW = 64;
    private static final Pattern FROM_ = Pattern.compile("^From \\S+ .*\\d.*");
    // RFC 5322 field names are any printable ASCII but the colon: relays add names such as HMM_SOURCE_IP
    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,76}:.*$");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("^(?i:re|fwd?|aw):");
    private static final Pattern MAIL_HEADER = Pattern.compile("(?mi)^(from|subject|date|message-id):");
    private static final Pattern DIFF_START = Pattern.compile("(?m)^(diff --git |--- \\S|Index: |@@ -\\d)");

    private final ParseLimits limits;
    private final LineBudget budget;
    private final SeriesAssembler assembler;
    private final ExecutorService pool;
    private int count;

    public FileParser(ParseLimits limits, LineBudget budget, SeriesAssembler assembler) {
        this(limits, budget, assembler, null);
    }

    /**
     * @param pool when not null, mbox messages are decoded and read on it in parallel
     *             ({@link ParallelMbox}); the result is the same as without
     */
    public FileParser(ParseLimits limits, LineBudget budget, SeriesAssembler assembler, ExecutorService pool) {
        this.limits = limits;
        this.budget = budget;
        this.assembler = assembler;
        this.pool = pool;
    }

    /** Reads the stream (not closed here); returns the number of units found. */
    public int parse(InputStream raw, Diags diags) {
        int before = count;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES + 1);
            in.mark(SNIFF_BYTES + 1);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            String headText = new String(head, StandardCharsets.UTF_8);
            Kind kind = sniff(headText);
            if ((kind == Kind.DIFF || kind == Kind.ARCHIVE) && BinarySniff.isBinary(headText)) {
                diags.error(0, "binary", "binary data, not a patch: " + BinarySniff.describe(headText, head.length)
                        + "; nothing was read from this input");
                return 0;
            }
            LineReader lines = new LineReader(in, limits.maxLineBytes());
            switch (kind) {
                case MBOX -> {
                    if (pool != null) {
                        new ParallelMbox(pool, PARALLEL_WINDOW, diags, budget, this::add).read(lines, limits.maxMessageBytes());
                    } else {
                        new MboxReader(lines, diags, limits.maxMessageBytes(), false)
                                .read((bytes, first) -> add(MailHandler.handle(MailDecoder.decode(bytes, first, diags), first, diags, budget)));
                    }
                }
                case MAIL -> new MboxReader(lines, diags, limits.maxMessageBytes(), true)
                        .read((bytes, first) -> add(MailHandler.handle(MailDecoder.decode(bytes, first, diags), first, diags, budget)));
                case DIFF -> diff(lines, diags);
                default -> archive(lines, diags);
            }
            lines.report(diags);
        } catch (IOException e) {
            diags.error(0, "io-error", "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(0, "internal-error", "parser failed: " + e + " (input kept partially)");
        }
        if (budget.refusedSinceLastAsked()) {
            diags.warn(0, "line-budget", "line budget of the parse exhausted: later hunks keep their counts but not their lines");
        }
        return count - before;
    }

    /** Assembles everything parsed so far into series. */
    public List<PatchSeries> finish() {
        return assembler.assemble();
    }

    private void add(Unit u) {
        if (!u.isEmpty()) {
            count++;
            assembler.add(u);
        }
    }

    /**
     * Decides the reader from the first bytes of an input. A mail's header block is read to its
     * end however long it is (list archives add a dozen Received: and DKIM lines before From:).
     */
    public static Kind sniff(String head) {
        // CRLF line ends: the patterns' "." does not match the CR
        String[] lines = head.split("\r?\n");
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && FROM_.matcher(lines[i]).matches()) {
            return Kind.MBOX;
        }
        int headers = 0;
        if (i < lines.length && REPLY_SUBJECT.matcher(lines[i]).find()) {
            i = lines.length; // "Re: [PATCH ...]" as the first line is an archive page's title, not a header
        }
        for (; i < lines.length && !lines[i].isBlank() && !lines[i].equals("\r"); i++) {
            if (HEADER.matcher(lines[i].strip()).matches() || (headers > 0 && Character.isWhitespace(lines[i].charAt(0)))) {
                headers++;
            } else {
                headers = 0;
                break;
            }
        }
        if (headers > 0 && MAIL_HEADER.matcher(head).find()) {
            return Kind.MAIL;
        }
        String lead = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (lead.startsWith("<!doctype html") || lead.startsWith("<html")) {
            return Kind.ARCHIVE; // a saved page, whatever it shows: its markup and entities are decoded
        }
        boolean quoted = head.contains("\n>") || head.startsWith(">") || head.contains("\n&gt;");
        return DIFF_START.matcher(head).find() && !quoted ? Kind.DIFF : Kind.ARCHIVE;
    }

    private void diff(LineReader lines, Diags diags) throws IOException {
        Patch patch = MmlensFactory.eINSTANCE.createPatch();
        patch.setOrigin(PatchOrigin.DIFF);
        patch.setIndex(1);
        patch.setSourceFile(diags.file());
        patch.setSourceLine(1);
        Unit unit = new Unit(diags.file(), SubjectPrefix.parse(""));
        BodyReader body = new BodyReader(patch, diags, budget, unit.meta);
        for (byte[] l; (l = lines.next()) != null;) {
            body.line(new String(l, StandardCharsets.UTF_8), lines.lineNo());
        }
        body.finish(lines.lineNo() + 1);
        String subject = patch.getCommitMessage() == null ? "" : patch.getCommitMessage().lines().findFirst().orElse("");
        patch.setSubject(patch.getSubject() != null ? patch.getSubject() : subject);
        unit.patch = patch;
        add(unit);
    }

    private void archive(LineReader lines, Diags diags) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] l; (l = lines.next()) != null;) {
            if (all.size() + l.length + 1 > limits.maxArchiveBytes()) {
                diags.warn(lines.lineNo(), "archive-too-large", "archive text larger than "
                        + limits.maxArchiveBytes() + " bytes; the rest is ignored");
                break;
            }
            all.write(l, 0, l.length);
            all.write('\n');
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (HtmlText.applies(text)) {
            diags.info(0, "html", "HTML markup or character references decoded");
            text = HtmlText.toPlain(text);
        }
        // Saved pages carry &nbsp; as U+00A0 in headers and footers; archive text is prose, so read it as a space.
        List<String> list = new ArrayList<>(MailDecoder.lines(text.replace('\u00A0', ' ')));
        for (Unit u : ArchivePage.parseAll(list, diags, budget)) {
            add(u);
        }
    }
}
