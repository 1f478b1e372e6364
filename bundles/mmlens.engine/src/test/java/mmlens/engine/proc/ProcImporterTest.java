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

    /** The sample's meminfo was not taken on the machine of its zoneinfo; the importer relies on zoneinfo. */
    @Test
    void inconsistenciesAreReportedNotFatal() {
        ProcSnapshot s = ProcSnapshot.read(DIR);
        assertEquals(List.of("meminfo MemTotal 24684092 kB, zoneinfo managed pages sum to 6908116 kB",
                "meminfo MemFree 23722632 kB, zoneinfo free pages sum to 5946708 kB"), s.inconsistencies());
    }

    @Test
    void importedStateSatisfiesInvariants() {
        Machine m = ProcImporter.fromDirectory(DIR);
        assertEquals(List.of(), m.checkInvariants());
    }
}
