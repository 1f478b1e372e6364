package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trailers in replies, read as b4 reads them ({@code LoreMessage.find_trailers(body, followup=True)},
 * {@code LoreMessage.__init__} and {@code get_trailers} in b4's {@code src/b4/__init__.py}):
 * <ul>
 * <li>the body up to the signature marker {@code "-- "}; a {@code Fixes:} wrapped over two lines and
 * a name with its {@code <address>} on the next line are joined first;</li>
 * <li>any line {@code Name: value} anywhere in it, the name an ASCII word (so quoted lines, which
 * start with {@code >}, never count); the value must hold an address ({@code x@y.z}) unless the
 * name is one of the non-person trailers (Fixes, Link, BugLink, Closes, Obsoleted-by, ...); a
 * value with a URL only for Link, BugLink and Closes; {@code Fixes:} only with a hash;
 * {@code Phone:}, {@code E-mail:}... ignored, and mail-header names (From, To, Cc, Date, Subject,
 * Change-Id, Base-Commit, Message-Id...) dropped;</li>
 * <li>a person trailer counts only when it names the reply's sender ({@link #sameSender}): same
 * address (ignoring case, a {@code +tag} and one extra domain level), or the same name; others are
 * mismatches, which b4 leaves out unless {@code --sloppy-trailers}.</li>
 * </ul>
 */
final class FollowupTrailers {
    private static final Set<String> IGNORES = Set.of("phone", "mail", "email", "e-mail", "prerequisite-message-id");
    private static final Set<String> HEADERS = Set.of("subject", "date", "from");
    private static final Set<String> LINKS = Set.of("link", "buglink", "closes");
    private static final Set<String> NONPERSON = Set.of("link", "buglink", "closes", "fixes", "subject", "date",
            "obsoleted-by", "change-id", "base-commit");
    private static final Set<String> UTILITY = Set.of("fixes", "link", "buglink", "closes", "obsoleted-by", "message-id",
            "change-id", "base-commit", "based-on");
    private static final Set<String> BAD = Set.of("from", "author", "cc", "to", "date", "subject", "subscribe",
            "unsubscribe", "base-commit", "change-id", "message-id");
    private static final Pattern LINE = Pattern.compile("^\\s*(\\w\\S+):\\s+(\\S.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern ADDR = Pattern.compile("^(.*?)\\s*<([^>]+)>\\s*$");
    private static final Pattern DIFF = Pattern.compile("^(---.*\\n\\+\\+\\+|GIT binary patch|diff --git \\w/\\S+ \\w/\\S+)",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private FollowupTrailers() {
    }

    /**
     * One trailer found in a reply.
     *
     * @param key     as written
     * @param value   as written (a {@code # note} or {@code [note]} line kept apart in {@code extinfo})
     * @param extinfo the note, or null
     * @param person  b4's type "person": the value holds an address and the name is no utility trailer
     * @param name    the person's name (may be empty), or null
     * @param address the person's address, or null
     */
    record Found(String key, String value, String extinfo, boolean person, String name, String address) {
        String lkey() {
            return key.toLowerCase(Locale.ROOT);
        }

        /** b4's {@code LoreTrailer.__eq__}: same name ignoring case, same value ignoring case. */
        boolean same(String otherKey, String otherValue) {
            return lkey().equals(otherKey.toLowerCase(Locale.ROOT))
                    && value.toLowerCase(Locale.ROOT).equals(otherValue.toLowerCase(Locale.ROOT));
        }
    }

    /** Whether the body holds an (unquoted) diff, b4's {@code DIFF_RE}. */
    static boolean hasDiff(List<String> body) {
        return DIFF.matcher(String.join("\n", body)).find();
    }

    /** The follow-up trailers of a reply body, in order, without the mail-header names. */
    static List<Found> find(List<String> body) {
        StringBuilder sb = new StringBuilder();
        for (String l : body) {
            if (l.equals("-- ")) {
                break;
            }
            sb.append(l).append('\n');
        }
        String text = sb.toString().strip() + "\n";
        text = Pattern.compile("^(\\S+:\\s+[\\da-f]+\\s+\\([^)]+)\\n([^\\n]+\\))", Pattern.MULTILINE).matcher(text)
                .replaceAll("$1 $2");
        text = Pattern.compile("^(\\S+:\\s+[^<]+)\\n(<[^>]+>)$", Pattern.MULTILINE).matcher(text).replaceAll("$1 $2");
        List<Found> out = new ArrayList<>();
        boolean others = false;
        boolean wasTrailer = false;
        for (String line : text.split("\n", -1)) {
            line = line.replace("\r", "");
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                String name = m.group(1);
                String value = m.group(2);
                String lname = name.toLowerCase(Locale.ROOT);
                if (IGNORES.contains(lname) || others && HEADERS.contains(lname)) {
                    continue;
                }
                if (!lname.chars().allMatch(c -> c < 128)) {
                    continue;
                }
                if (!PERSON.matcher(value).find() && !NONPERSON.contains(lname)) {
                    continue;
                }
                if (Pattern.compile("https?://").matcher(value).find() && !LINKS.contains(lname)) {
                    continue;
                }
                if (lname.equals("fixes") && !Pattern.compile("^[0-9a-f]{6,}").matcher(value).find()) {
                    continue;
                }
                String extinfo = null;
                Matcher ext = Pattern.compile("(.*\\S+)(\\s+#[^#]+)$").matcher(value);
                if (ext.matches()) {
                    value = ext.group(1);
                    extinfo = ext.group(2);
                }
                wasTrailer = true;
                if (!BAD.contains(lname)) {
                    out.add(found(name, value, extinfo));
                }
                continue;
            }
            if (line.length() > 2 && wasTrailer && line.matches("^\\s*\\[[^]]+]\\s*$") && !out.isEmpty()) {
                Found last = out.remove(out.size() - 1);
                out.add(new Found(last.key(), last.value(), line, last.person(), last.name(), last.address()));
                wasTrailer = false;
                continue;
            }
            wasTrailer = false;
            others = true;
        }
        return out;
    }

    private static Found found(String key, String value, String extinfo) {
        String lkey = key.toLowerCase(Locale.ROOT);
        value = value.replaceAll("<mailto:[^>]+>", "");
        if (UTILITY.contains(lkey) || value.contains("://") || !PERSON.matcher(value).find()) {
            return new Found(key, value, extinfo, false, null, null);
        }
        Matcher a = ADDR.matcher(value);
        if (a.matches()) {
            return new Found(key, value, extinfo, true, a.group(1).strip(), a.group(2).strip());
        }
        String bare = value.strip();
        return new Found(key, value, extinfo, true, "", bare.startsWith("<") && bare.endsWith(">")
                ? bare.substring(1, bare.length() - 1) : bare);
    }

    /**
     * b4's {@code get_trailers} without {@code --sloppy-trailers}: a non-person trailer always
     * counts; a person trailer when its address equals the sender's ({@link #sameAddress}) or its
     * name equals the sender's name ignoring case. As in b4, a sender name with a comma in it
     * (e.g. "Doe, Jane") matches any trailer name: b4 looks for the name's comma-separated parts
     * in the sender name itself, which always finds them.
     *
     * @param author the reply's decoded From ({@code Name <address>})
     */
    static boolean sameSender(Found t, String author) {
        if (!t.person() || t.address() == null) {
            return true;
        }
        String fromName = "";
        String fromAddress = "";
        if (author != null) {
            Matcher a = ADDR.matcher(author);
            if (a.matches()) {
                fromName = a.group(1).strip().replaceAll("^\"|\"$", "");
                fromAddress = a.group(2).strip();
            } else if (author.contains("@")) {
                fromAddress = author.strip();
            } else {
                fromName = author.strip();
            }
        }
        if (sameAddress(t.address(), fromAddress)) {
            return true;
        }
        String tn = t.name().toLowerCase(Locale.ROOT);
        String hn = fromName.toLowerCase(Locale.ROOT);
        return tn.equals(hn) || hn.indexOf(',') > 0;
    }

    /**
     * b4's {@code LoreTrailer.email_eq} (fuzzy): equal ignoring case, or equal once a {@code +tag}
     * is dropped from the local part, or the same local part with one domain one level below the
     * other ({@code foo@linux.intel.com} and {@code foo@intel.com}).
     */
    static boolean sameAddress(String ours, String theirs) {
        String o = ours.toLowerCase(Locale.ROOT);
        String t = theirs.toLowerCase(Locale.ROOT);
        if (o.equals(t)) {
            return true;
        }
        if (!o.contains("@") || !t.contains("@")) {
            return false;
        }
        o = o.replaceAll("\\+[^@]+@", "@");
        t = t.replaceAll("\\+[^@]+@", "@");
        if (o.equals(t)) {
            return true;
        }
        String[] op = o.split("@", 2);
        String[] tp = t.split("@", 2);
        if (!op[0].equals(tp[0])) {
            return false;
        }
        long od = op[1].chars().filter(c -> c == '.').count();
        long td = tp[1].chars().filter(c -> c == '.').count();
        return Math.abs(od - td) == 1 && (op[1].endsWith("." + tp[1]) || tp[1].endsWith("." + op[1]));
    }
}
