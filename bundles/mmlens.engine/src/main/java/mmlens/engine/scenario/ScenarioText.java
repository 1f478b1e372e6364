package mmlens.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The line format under {@link Scenario}: {@code [kind]} or {@code [kind NAME]} section headers,
 * {@code key = value} lines, {@code #} comments to the end of a line, blank lines ignored. This class
 * knows the section kinds but not their keys; every error names the scenario and the 1-based line.
 */
final class ScenarioText {

    /** Section kinds without a name; each may appear more than once, later keys win. */
    private static final Set<String> SINGLETONS = Set.of("machine", "workload", "knobs");
    /** Section kinds that take exactly one name: {@code [stream NAME]}. */
    private static final Set<String> NAMED = Set.of("stream", "burst", "phase");

    /**
     * One section in file order. Singleton sections are merged into the first occurrence.
     *
     * @param name null for singleton kinds
     * @param line line of the header
     * @param keys key -&gt; value, in file order
     * @param lines key -&gt; line it was (last) set on
     */
    record Section(String kind, String name, int line, Map<String, String> keys, Map<String, Integer> lines) {

        /** "scenario:line: " for the line of {@code key}, or of the header when the key is absent. */
        String at(String scenario, String key) {
            return scenario + ":" + lines.getOrDefault(key, line) + ": ";
        }

        String title() {
            return name == null ? kind : kind + " " + name;
        }
    }

    private ScenarioText() {
    }

    /** Splits {@code text} into sections; throws IllegalArgumentException on a malformed line. */
    static List<Section> parse(String scenario, String text) {
        List<Section> out = new ArrayList<>();
        Map<String, Section> singletons = new LinkedHashMap<>();
        Section cur = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String l = raw.replaceFirst("#.*", "").trim();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                String[] h = l.substring(1, l.length() - 1).trim().split("\\s+");
                if (SINGLETONS.contains(h[0]) && h.length == 1) {
                    cur = singletons.get(h[0]);
                    if (cur == null) {
                        cur = new Section(h[0], null, lineNo, new LinkedHashMap<>(), new LinkedHashMap<>());
                        singletons.put(h[0], cur);
                        out.add(cur);
                    }
                } else if (NAMED.contains(h[0]) && h.length == 2) {
                    cur = new Section(h[0], h[1], lineNo, new LinkedHashMap<>(), new LinkedHashMap<>());
                    out.add(cur);
                } else {
                    throw new IllegalArgumentException(scenario + ":" + lineNo + ": unknown section " + l);
                }
                continue;
            }
            int eq = l.indexOf('=');
            if (cur == null || eq < 0) {
                throw new IllegalArgumentException(scenario + ":" + lineNo + ": expected key = value in a section");
            }
            String key = l.substring(0, eq).trim();
            cur.keys().put(key, l.substring(eq + 1).trim());
            cur.lines().put(key, lineNo);
        }
        return out;
    }
}
