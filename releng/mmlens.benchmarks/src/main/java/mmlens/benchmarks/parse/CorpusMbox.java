package mmlens.benchmarks.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A large real mbox for parse benchmarks: the series mboxes of {@code shared/corpus/series} (found
 * beside the working directory or one of its parents, as CI lays out {@code ../shared}) in name
 * order, concatenated and repeated until the size is reached, written to
 * {@code target/corpus-<MB>mb.mbox} under the working directory (reused when present).
 */
final class CorpusMbox {
    private CorpusMbox() {
    }

    static Path write(long bytes) throws IOException {
        Path out = Path.of("target", "corpus-" + (bytes >> 20) + "mb.mbox").toAbsolutePath();
        if (Files.isRegularFile(out) && Files.size(out) >= bytes) {
            return out;
        }
        List<byte[]> series = new ArrayList<>();
        try (Stream<Path> s = Files.list(seriesDir())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList()) {
                series.add(endWithBlankLine(Files.readAllBytes(p)));
            }
        }
        if (series.isEmpty()) {
            throw new IOException("no .mbox in " + seriesDir());
        }
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            long written = 0;
            while (written < bytes) {
                for (byte[] b : series) {
                    o.write(b);
                    written += b.length;
                }
            }
        }
        return out;
    }

    /** The next file's From_ line must follow an empty line to start a message. */
    private static byte[] endWithBlankLine(byte[] b) {
        int n = b.length;
        int missing = n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n' ? 0 : n >= 1 && b[n - 1] == '\n' ? 1 : 2;
        byte[] r = Arrays.copyOf(b, n + missing);
        Arrays.fill(r, n, n + missing, (byte) '\n');
        return r;
    }

    static Path seriesDir() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolveSibling("shared").resolve("corpus").resolve("series");
            if (d.getParent() != null && Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IOException("shared/corpus/series not found beside the working directory or a parent of it");
    }
}
