package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.SharedFiles;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * Precision and recall of the mapper's mechanism ids against hand labels of the corpus
 * (src/test/resources/.../corpus-labels.tsv, labelled by reading each patch's code). Per patch,
 * precision = |predicted ∩ labelled| / |predicted| and recall = |predicted ∩ labelled| /
 * |labelled| (1 when the set divided by is empty); both averaged over the patches must be at
 * least 0.9.
 */
class CorpusLabelsTest {

    record Label(String file, int index, Set<String> mechanisms, String reason) {
    }

    static List<Label> labels() throws IOException {
        List<Label> r = new ArrayList<>();
        try (InputStream in = CorpusLabelsTest.class.getResourceAsStream("corpus-labels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.split("\t", 4);
                Set<String> m = new TreeSet<>();
                if (!t[2].equals("-")) {
                    m.addAll(List.of(t[2].split(",")));
                }
                r.add(new Label(t[0], Integer.parseInt(t[1]), m, t.length > 3 ? t[3] : ""));
            }
        }
        return r;
    }

    @Test
    void precisionAndRecallOfTheMechanismIdsAreAtLeast90Percent() throws IOException {
        List<Label> labels = labels();
        Map<String, PatchSeries> parsed = new HashMap<>();
        double precision = 0;
        double recall = 0;
        StringBuilder misses = new StringBuilder();
        for (Label l : labels) {
            PatchSeries s = parsed.computeIfAbsent(l.file(), f -> {
                Path p = SharedFiles.corpus(f);
                PatchSeries x = new PatchParser().parse(p).series().get(0);
                SeriesMapper.map(x);
                return x;
            });
            Set<String> predicted = predicted(s, l.index());
            Set<String> both = new TreeSet<>(predicted);
            both.retainAll(l.mechanisms());
            double p = predicted.isEmpty() ? 1 : (double) both.size() / predicted.size();
            double r = l.mechanisms().isEmpty() ? 1 : (double) both.size() / l.mechanisms().size();
            precision += p;
            recall += r;
            if (p < 1 || r < 1) {
                misses.append(String.format("%s#%d predicted %s labelled %s (%s)%n%s", l.file(), l.index(), predicted,
                        l.mechanisms(), l.reason(), hunks(s, l.index())));
            }
        }
        precision /= labels.size();
        recall /= labels.size();
        System.out.printf("corpus mapping: %d patches, precision %.3f, recall %.3f%n%s", labels.size(), precision,
                recall, misses);
        assertTrue(labels.size() >= 100, "labels for every corpus patch");
        assertTrue(precision >= 0.9, "precision " + precision + "\n" + misses);
        assertTrue(recall >= 0.9, "recall " + recall + "\n" + misses);
    }

    /** One line per hunk of a missed patch: where, function, mechanisms or reason, evidence. */
    private static String hunks(PatchSeries s, int index) {
        StringBuilder b = new StringBuilder();
        for (Patch p : s.getPatches()) {
            if (s.getPatches().size() > 1 && p.getIndex() != index) {
                continue;
            }
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                    b.append("    ").append(f.getNewPath()).append(':').append(h.getNewStart()).append(' ')
                            .append(m.getFunction()).append(" -> ")
                            .append(m.getUnmodelled() != null ? "unmodelled: " + m.getUnmodelled()
                                    : m.getMechanisms() + " " + m.getEvidence())
                            .append('\n');
                }
            }
        }
        return b.toString();
    }

    static Set<String> predicted(PatchSeries s, int index) {
        Set<String> r = new TreeSet<>();
        for (Patch p : s.getPatches()) {
            if (s.getPatches().size() > 1 && p.getIndex() != index) {
                continue;
            }
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                    if (m != null) {
                        r.addAll(m.getMechanisms());
                    }
                }
            }
        }
        return r;
    }
}
