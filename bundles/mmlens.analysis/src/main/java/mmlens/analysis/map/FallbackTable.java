package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.engine.Knobs;
import mmlens.engine.MigrateTypes;

/**
 * The {@code fallbacks[][]} initialiser of mm/page_alloc.c: the old table (context and removed
 * rows) and the new one (context and added rows), rows not in the hunk keeping their 6.18 value,
 * written in the Knobs TABLE form. A row naming a migratetype the engine lacks is a structural
 * change left to {@link VariantReaders}, so no value change is reported for it.
 */
final class FallbackTable {

    private static final Pattern ROW = Pattern.compile("^\\s*\\[\\s*MIGRATE_(\\w+)\\s*\\]\\s*=\\s*\\{([^}]*)\\}");
    private static final String KNOB = "fallbacks";

    private FallbackTable() {
    }

    static KnobChange read(HunkView h) {
        Map<String, String> oldRows = defaults();
        Map<String, String> newRows = defaults();
        int line = -1;
        boolean changed = false;
        boolean unknownType = false;
        boolean inScope = false;
        for (int i = 0; i < h.size(); i++) {
            Matcher m = ROW.matcher(h.text(i));
            if (!m.find()) {
                continue;
            }
            String type = typeName(m.group(1));
            List<String> cols = new ArrayList<>();
            for (String c : m.group(2).split(",")) {
                String col = c.trim();
                if (col.isEmpty() || col.equals("MIGRATE_TYPES")) {
                    continue;
                }
                String name = col.startsWith("MIGRATE_") ? typeName(col.substring(8)) : null;
                if (name == null) {
                    unknownType |= h.kind(i) != mmlens.model.LineKind.REMOVED;
                    name = "?";
                }
                cols.add(name);
            }
            if (type == null) {
                unknownType |= h.kind(i) != mmlens.model.LineKind.REMOVED;
                continue;
            }
            if (!oldRows.containsKey(type)) {
                continue; // rows of non-pcp types (CMA, ISOLATE in old kernels) are never used
            }
            String row = String.join(",", cols);
            if (!h.added(i)) {
                oldRows.put(type, row);
            }
            if (!h.removed(i)) {
                newRows.put(type, row);
            }
            if (h.added(i) || h.removed(i)) {
                changed = true;
                inScope |= h.inScope(i, KNOB) == 1;
            }
            if (h.added(i) && line < 0) {
                line = i;
            }
        }
        if (!changed || unknownType || line < 0 || oldRows.equals(newRows)) {
            return null;
        }
        String oldV = table(oldRows);
        String newV = table(newRows);
        try {
            newV = Knobs.mainline().with(KNOB, newV).get(KNOB);
            oldV = Knobs.mainline().with(KNOB, oldV).get(KNOB);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (oldV.equals(newV)) {
            return null;
        }
        return new KnobChange(KNOB, oldV, newV, h.fileLine(line), h.evidence(line), null, inScope ? 1.0 : 0.7);
    }

    /** The engine's name of a migratetype enumerator suffix (UNMOVABLE → Unmovable), or null. */
    private static String typeName(String suffix) {
        for (String n : MigrateTypes.mainlineWithCma().names()) {
            if (n.toUpperCase(Locale.ROOT).equals(suffix)) {
                return n;
            }
        }
        return null;
    }

    private static Map<String, String> defaults() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String row : Knobs.info(KNOB).defaultValue().split(";")) {
            String[] kv = row.split(":", 2);
            rows.put(kv[0], kv[1]);
        }
        return rows;
    }

    private static String table(Map<String, String> rows) {
        List<String> parts = new ArrayList<>();
        rows.forEach((k, v) -> parts.add(k + ":" + v));
        return String.join(";", parts);
    }
}
