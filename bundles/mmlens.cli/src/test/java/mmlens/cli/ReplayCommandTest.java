package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private static final Path ANON = OracleCommandTest.RUNS.resolve("anon");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void forcedReplayPrintsTheKernelsAfterBuddyinfoByteForByte() throws Exception {
        assertEquals(0, run("replay", ANON.resolve("trace.gz").toString(), "--from-proc", ANON.resolve("before").toString(),
                "--kpageflags", ANON.resolve("before/kpageflags.gz").toString(), "--print", "buddyinfo"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("conflicts: 0"), text);
        assertTrue(text.endsWith("\n\n" + Files.readString(ANON.resolve("after/buddyinfo"))), text);
    }

    @Test
    void importOnlyPrintsASummary() {
        assertEquals(0, run("replay", ANON.resolve("trace.gz").toString()), err.toString());
        assertTrue(out.toString().contains("mm_page_alloc 6169 (6169 pages, 0 failed)"), out.toString());
        assertTrue(out.toString().contains("0 lines skipped, 0 events lost"), out.toString());
    }

    @Test
    void freeReplayWithoutKpageflagsUsesTheCountLayout() {
        assertEquals(0, run("replay", ANON.resolve("trace.gz").toString(), "--from-proc", ANON.resolve("before").toString(),
                "--mode", "free", "--print", "pagetypeinfo"), err.toString());
        assertTrue(out.toString().contains("free pages laid out from /proc counts"), out.toString());
        assertTrue(out.toString().contains("Number of blocks type"), out.toString());
    }

    @Test
    void unusableInputsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run("replay", dir.resolve("missing").toString()));
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "not a trace\n");
        assertEquals(2, run("replay", junk.toString()));
        assertEquals(2, run("replay", ANON.resolve("trace.gz").toString(), "--print", "slabinfo"));
    }
}
