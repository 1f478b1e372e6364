package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.model.MmlensFactory;
import mmlens.model.NamedIdentifier;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/**
 * Kernel identifiers that the prose of a series names (cover letter, review comments, and the
 * patch messages when the series carries no diff): function, flag, migratetype and config names
 * found in the symbol catalog with a mechanism. Only words shaped like code count — with an
 * underscore, a call's {@code ()}, or an inner capital ({@code PageUnaccepted}) — so plain words
 * such as "compaction" never map. These are "named in the text, not in a diff": never a mapping.
 */
final class ProseIdentifiers {
    private static final Pattern WORD = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]{3,})\\b(\\(\\))?");
    private static final Pattern CAMEL = Pattern.compile("^[A-Z][a-z]+[A-Z][A-Za-z]+$");

    private ProseIdentifiers() {
    }

    static List<NamedIdentifier> find(PatchSeries series, SymbolCatalog catalog, boolean includeMessages) {
        Map<String, NamedIdentifier> found = new LinkedHashMap<>();
        if (series.getCoverLetter() != null) {
            scan(series.getCoverLetter().getText(), "cover letter", series.getCoverLetter().getSourceFile(),
                    series.getCoverLetter().getSourceLine(), catalog, found);
        }
        for (ReviewComment c : series.getReviewComments()) {
            String who = c.getAuthor() == null || c.getAuthor().isBlank() ? "review comment"
                    : "review comment by " + c.getAuthor();
            scan(c.getText(), who, c.getSourceFile(), c.getSourceLine(), catalog, found);
        }
        if (includeMessages) {
            for (Patch p : series.getPatches()) {
                scan(p.getCommitMessage(), "message of patch " + p.getIndex(), p.getSourceFile(), p.getSourceLine(),
                        catalog, found);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void scan(String text, String where, String file, int line, SymbolCatalog catalog,
            Map<String, NamedIdentifier> found) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            boolean call = m.group(2) != null;
            if (found.containsKey(w) || !(call || w.indexOf('_') >= 0 || CAMEL.matcher(w).matches())) {
                continue;
            }
            SymbolCatalog.Entry e = withMechanism(catalog, w);
            if (e == null && w.startsWith("CONFIG_")) {
                e = withMechanism(catalog, w.substring("CONFIG_".length()));
            }
            if (e == null) {
                continue;
            }
            NamedIdentifier n = MmlensFactory.eINSTANCE.createNamedIdentifier();
            n.setName(w);
            n.setKind(e.kind());
            n.setMechanism(e.mechanism().id());
            n.setWhere(where);
            n.setSourceFile(file);
            n.setSourceLine(line);
            found.put(w, n);
        }
    }

    private static SymbolCatalog.Entry withMechanism(SymbolCatalog catalog, String name) {
        for (SymbolCatalog.Entry e : catalog.lookup(name)) {
            if (e.mechanism() != null) {
                return e;
            }
        }
        return null;
    }
}
