package mmlens.analysis.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a patch mail's subject says about its place in a series.
 * <p>
 * Reads the leading {@code Re:}/{@code Fwd:} markers and every leading bracket group, e.g.
 * {@code [PATCH v3 02/14]}, {@code [RFC PATCH 0/6]}, {@code [PATCH RFC 00/11]}, {@code [v3 2/3]},
 * {@code [tip: x86/mm]}, {@code [PATCHv7 02/14]}, patchwork's {@code [RFC,0/6]}, and an unbracketed
 * {@code PATCH v6,19/24} (version 6, patch 19 of 24: commas separate words like spaces do).
 *
 * @param reply   the subject started with Re:, Fwd: or similar
 * @param patch   a group named PATCH (or a counter / version / RFC marker was present)
 * @param rfc     RFC appeared in a group
 * @param version N of vN; 0 when not given
 * @param index   i of i/M; -1 when not given
 * @param total   M of i/M; 0 when not given
 * @param tags    other words and groups, e.g. "tip: x86/mm", "RESEND", "HACKS"
 * @param subject the rest of the subject, trimmed
 */
public record SubjectPrefix(boolean reply, boolean patch, boolean rfc, int version, int index, int total,
        List<String> tags, String subject) {

    private static final Pattern REPLY = Pattern.compile("^\\s*(?i:re|fwd?|aw|sv)\\s*(?:\\[\\d+\\])?:\\s*");
    private static final Pattern COUNTER = Pattern.compile("(\\d{1,5})/(\\d{1,5})");
    private static final Pattern VERSION = Pattern.compile("(?i)(?:patch|rfc)?v(\\d{1,4})");
    private static final Pattern BARE = Pattern.compile("^(?i:patch|rfc)(?:v\\d+)?\\b[^:]*?\\d+/\\d+\\b");

    /** Parses a decoded, unfolded subject line. Never fails; unknown shapes leave the subject intact. */
    public static SubjectPrefix parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        boolean reply = false;
        for (Matcher m = REPLY.matcher(s); m.find(); m = REPLY.matcher(s)) {
            reply = true;
            s = s.substring(m.end());
        }
        Builder b = new Builder();
        while (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                break;
            }
            b.group(s.substring(1, close));
            s = s.substring(close + 1).strip();
            for (Matcher m = REPLY.matcher(s); m.find(); m = REPLY.matcher(s)) {
                reply = true;
                s = s.substring(m.end());
            }
        }
        Matcher bare = BARE.matcher(s);
        if (!b.patch && bare.find()) {
            b.group(s.substring(0, bare.end()));
            s = s.substring(bare.end()).replaceFirst("^\\s*[\\]:]?\\s*", "");
        }
        return new SubjectPrefix(reply, b.patch, b.rfc, b.version, b.index, b.total, List.copyOf(b.tags), s.strip());
    }

    /** True for a cover letter's counter, i.e. 0/M. */
    public boolean cover() {
        return index == 0 && total > 0;
    }

    private static final class Builder {
        boolean patch;
        boolean rfc;
        int version;
        int index = -1;
        int total;
        final List<String> tags = new ArrayList<>();

        void group(String content) {
            String[] words = content.strip().split("[\\s,]+");
            List<String> unknown = new ArrayList<>();
            boolean known = false;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                String u = w.toUpperCase(Locale.ROOT);
                Matcher c = COUNTER.matcher(w);
                Matcher v = VERSION.matcher(w);
                if (u.equals("PATCH")) {
                    patch = known = true;
                } else if (u.equals("RFC")) {
                    rfc = known = true;
                } else if (c.matches()) {
                    index = Integer.parseInt(c.group(1));
                    total = Integer.parseInt(c.group(2));
                    known = true;
                } else if (v.matches()) {
                    version = Integer.parseInt(v.group(1));
                    patch |= u.startsWith("PATCH");
                    rfc |= u.startsWith("RFC");
                    known = true;
                } else {
                    unknown.add(w);
                }
            }
            if (!known) {
                tags.add(content.strip());
                return;
            }
            patch = true;
            tags.addAll(unknown);
        }
    }
}
