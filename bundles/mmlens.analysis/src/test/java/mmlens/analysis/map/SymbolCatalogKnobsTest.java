package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SymbolCatalog.Entry;
import mmlens.engine.Knobs;

/** The engine's knob catalog and the symbol catalog agree on where each knob lives in 6.18. */
class SymbolCatalogKnobsTest {

    @Test
    void everyKnobSymbolIsCataloguedUnderTheKnobsMechanism() {
        SymbolCatalog catalog = SymbolCatalog.get();
        for (Knobs.Info k : Knobs.all()) {
            if (k.name().equals("asi")) {
                continue; // the ASI knob splits enum migratetype; 6.18 has no ASI code to point at
            }
            List<Entry> rows = catalog.lookup(k.kernelSymbol());
            assertFalse(rows.isEmpty(), () -> k.name() + ": " + k.kernelSymbol() + " not in the catalog");
            List<Entry> inFile = rows.stream().filter(e -> e.file().equals(k.kernelFile())).toList();
            for (Entry e : inFile.isEmpty() ? rows : inFile) {
                assertEquals(k.mechanism(), e.mechanism() == null ? "-" : e.mechanism().id(),
                        () -> k.name() + ": " + e);
            }
        }
    }
}
