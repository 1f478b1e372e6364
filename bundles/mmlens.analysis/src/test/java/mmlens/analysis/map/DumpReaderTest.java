package mmlens.analysis.map;

import mmlens.analysis.parse.SharedFiles;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DumpReaderTest {
    @Test
    void dump() throws Exception {
        Path sh = SharedFiles.shared();
        List<Path> files = new java.util.ArrayList<>(SharedFiles.list(sh.resolve("seeds")));
        files.addAll(SharedFiles.list(sh.resolve("corpus/series")));
        files.addAll(SharedFiles.list(sh.resolve("corpus/patches")));
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            for (Hunks.Located l : Hunks.parse(f)) {
                for (KnobChange c : VariantReaders.read(l.path(), null, l.hunk())) {
                    b.append(f.getFileName()).append(" V ").append(l.path()).append(" ").append(c).append('\n');
                }
                for (KnobChange c : KnobReaders.read(l.path(), null, l.hunk())) {
                    b.append(f.getFileName()).append(" K ").append(l.path()).append(" ").append(c).append('\n');
                }
            }
        }
        java.nio.file.Files.writeString(Path.of("/tmp/dump.txt"), b.toString());
    }
}
