package mmlens.engine.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.SharedSamples;

class ProcImporterTest {
    private static final Path DIR = SharedSamples.sampleDir("vm-6.18-a");

    @Test
    void buddyinfoReprintsIdentically() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(SharedSamples.read(DIR, "buddyinfo"), ProcFormatter.buddyinfo(m));
    }

    @Test
    void pagetypeinfoReprintsIdentically() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(SharedSamples.read(DIR, "pagetypeinfo"), ProcFormatter.pagetypeinfo(m));
    }

    @Test
    void zoneinfoReprintsIdentically() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(SharedSamples.read(DIR, "zoneinfo"), ProcFormatter.zoneinfo(m));
    }

    @Test
    void vmstatReprintsIdentically() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(SharedSamples.read(DIR, "vmstat"), ProcFormatter.vmstat(m));
    }

    @Test
    void importedStateSatisfiesInvariants() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(List.of(), m.checkInvariants());
    }
}
