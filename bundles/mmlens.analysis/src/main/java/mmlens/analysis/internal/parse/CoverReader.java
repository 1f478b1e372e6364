package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.DiffStatEntry;

/**
 * Reads what a cover letter announces: the shortlog ("Author (N):" followed by N indented
 * subjects, as git shortlog prints it), the combined diffstat and the series meta lines.
 */
final class CoverReader {

    private static final Pattern SHORTLOG_HEAD = Pattern.compile("^(\\S.{0,100}?) \\((\\d{1,4})\\):\\s*$");

    final List<String> shortlog = new ArrayList<>();
    final List<DiffStatEntry> diffstat = new ArrayList<>();
    final SeriesMeta meta = new SeriesMeta();

    void read(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            meta.read(l);
            Matcher head = SHORTLOG_HEAD.matcher(l);
            if (head.matches()) {
                int n = Integer.parseInt(head.group(2));
                int j = i + 1;
                int indent = -1;
                while (j < lines.size() && lines.get(j).startsWith(" ") && !lines.get(j).isBlank()) {
                    String e = lines.get(j);
                    int in = e.length() - e.stripLeading().length();
                    if (indent >= 0 && in > indent && !shortlog.isEmpty()) {
                        // git shortlog -w wraps a long subject onto a line indented deeper
                        shortlog.set(shortlog.size() - 1, shortlog.get(shortlog.size() - 1) + " " + e.strip());
                    } else if (n > 0) {
                        indent = indent < 0 ? in : indent;
                        shortlog.add(e.strip());
                        n--;
                    } else {
                        break;
                    }
                    j++;
                }
                i = j - 1;
                continue;
            }
            if (l.startsWith(" ") && l.contains("|")) {
                Matcher m = BodyReader.diffstatMatcher(l);
                if (m.matches()) {
                    diffstat.add(BodyReader.diffstatEntry(m));
                }
            }
        }
    }
}
