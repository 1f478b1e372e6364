package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    static Path procSample() {
        Path p = Path.of("../../../shared/proc-samples/vm-6.18-a");
        assumeTrue(Files.isDirectory(p), "shared/proc-samples not beside the checkout");
        return p;
    }

    @Test
    void buddyinfoOfAnImportedMachineIsTheKernelsTextByteForByte() throws Exception {
        Path dir = procSample();
        assertEquals(0, run("machine", "--from-proc", dir.toString(), "--print", "buddyinfo"));
        assertEquals(Files.readString(dir.resolve("buddyinfo")), out.toString());
    }

    @Test
    void pagetypeinfoOfAnImportedMachineIsTheKernelsTextByteForByte() throws Exception {
        Path dir = procSample();
        assertEquals(0, run("machine", "--from-proc", dir.toString(), "--print", "pagetypeinfo"));
        assertEquals(Files.readString(dir.resolve("pagetypeinfo")), out.toString());
    }

    @Test
    void severalFilesAreHeaded() {
        assertEquals(0, run("machine", "--from-proc", procSample().toString(), "--print", "buddyinfo,unusable"));
        assertTrue(out.toString().startsWith("==> buddyinfo <==\n"), out.toString());
        assertTrue(out.toString().contains("==> unusable <==\n"), out.toString());
    }

    @Test
    void unknownFileIsAUsageError() {
        assertEquals(2, run("machine", "--from-proc", procSample().toString(), "--print", "slabinfo"));
        assertTrue(err.toString().contains("slabinfo"));
    }

    @Test
    void emptyDirectoryIsReportedNotThrown(@TempDir Path empty) {
        assertEquals(2, run("machine", "--from-proc", empty.toString()));
        assertTrue(err.toString().startsWith("mmlens: cannot import"), err.toString());
    }
}
