package mmlens.analysis.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mmlens.analysis.parse.PatchParser;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/** Parses test inputs with the real parser and reads every hunk with the readers. */
final class Hunks {

    /** One hunk with the path of its file. */
    record Located(String path, Hunk hunk) {
    }

    private Hunks() {
    }

    static List<Located> of(PatchSeries s) {
        List<Located> out = new ArrayList<>();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                String path = f.getNewPath() != null && !f.getNewPath().equals("/dev/null") ? f.getNewPath()
                        : f.getOldPath();
                for (Hunk h : f.getHunks()) {
                    out.add(new Located(path, h));
                }
            }
        }
        return out;
    }

    static List<Located> parse(Path file) {
        List<Located> out = new ArrayList<>();
        for (PatchSeries s : new PatchParser().parse(file).series()) {
            out.addAll(of(s));
        }
        return out;
    }

    static List<Located> parse(String name, String text) {
        List<Located> out = new ArrayList<>();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (PatchSeries s : new PatchParser().parse(name, new ByteArrayInputStream(b)).series()) {
            out.addAll(of(s));
        }
        return out;
    }

    /** A plain diff of one file with one hunk whose body lines are given (with their +/-/space marker). */
    static String diff(String path, String header, String... body) {
        int oldN = 0;
        int newN = 0;
        for (String l : body) {
            char c = l.isEmpty() ? ' ' : l.charAt(0);
            if (c != '+') {
                oldN++;
            }
            if (c != '-') {
                newN++;
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        b.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        b.append("@@ -100,").append(oldN).append(" +100,").append(newN).append(" @@");
        if (header != null) {
            b.append(' ').append(header);
        }
        b.append('\n');
        for (String l : body) {
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /** The knob changes of every hunk of a text. */
    static List<KnobChange> knobs(String text) {
        List<KnobChange> out = new ArrayList<>();
        for (Located l : parse("test.diff", text)) {
            out.addAll(KnobReaders.read(l.path(), null, l.hunk()));
        }
        return out;
    }

    /** The variant changes of every hunk of a text. */
    static List<KnobChange> variants(String text) {
        List<KnobChange> out = new ArrayList<>();
        for (Located l : parse("test.diff", text)) {
            out.addAll(VariantReaders.read(l.path(), null, l.hunk()));
        }
        return out;
    }
}
