package mmlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.ui.internal.startup.OpenFilesOnStartup;

class OpenFilesOnStartupTest {

    @Test
    void onlyExistingPatchFilesAreTakenFromTheCommandLine() throws Exception {
        Path dir = Files.createTempDirectory("mmlens-args");
        Path mbox = Files.writeString(dir.resolve("series.mbox"), "From x\n");
        Path props = Files.writeString(dir.resolve("surefire.properties"), "a=b\n");
        List<Path> files = OpenFilesOnStartup.patchFiles(new String[] {
            "-testproperties", props.toString(), mbox.toString(), dir.resolve("missing.patch").toString(), "-data"});
        assertEquals(List.of(mbox.toAbsolutePath().normalize()), files);
    }
}
