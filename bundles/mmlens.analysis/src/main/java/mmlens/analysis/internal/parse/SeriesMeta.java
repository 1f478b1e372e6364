package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Series-wide facts that git format-patch / b4 write as "key: value" lines in a cover letter or
 * after a patch's diff: base-commit, change-id and prerequisite-* ids. First value wins.
 */
final class SeriesMeta {

    private static final Pattern META = Pattern.compile("^(base-commit|change-id|prerequisite-[a-z-]+):\\s*(\\S+)\\s*$");

    String baseCommit;
    String changeId;
    final List<String> prerequisites = new ArrayList<>();

    void read(String line) {
        if (line.length() > 200 || line.indexOf(':') < 0) {
            return;
        }
        Matcher m = META.matcher(line);
        if (!m.matches()) {
            return;
        }
        switch (m.group(1)) {
            case "base-commit" -> baseCommit = baseCommit == null ? m.group(2) : baseCommit;
            case "change-id" -> changeId = changeId == null ? m.group(2) : changeId;
            default -> {
                if (!prerequisites.contains(m.group(2)) && prerequisites.size() < 100) {
                    prerequisites.add(m.group(2));
                }
            }
        }
    }

    void mergeFrom(SeriesMeta other) {
        if (baseCommit == null) {
            baseCommit = other.baseCommit;
        }
        if (changeId == null) {
            changeId = other.changeId;
        }
        for (String p : other.prerequisites) {
            if (!prerequisites.contains(p)) {
                prerequisites.add(p);
            }
        }
    }
}
