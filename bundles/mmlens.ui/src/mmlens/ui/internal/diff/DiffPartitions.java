package mmlens.ui.internal.diff;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.FastPartitioner;

/**
 * Partition types of a diff document, in the manner of EGit's DiffDocument: every line of the
 * text belongs to exactly one of {@link #ALL} (or the default partition for prose).
 */
public final class DiffPartitions {

    /** Partitioning name installed on documents by {@link #install(IDocument)}. */
    public static final String PARTITIONING = "mmlens.diff";
    /** File headers: {@code diff --git}, {@code index}, {@code ---}/{@code +++} paths, modes, renames. */
    public static final String HEADER = "mmlens.diff.header";
    /** Hunk headers: {@code @@ -a,b +c,d @@ function}. */
    public static final String HUNK = "mmlens.diff.hunk";
    /** Lines added by the patch. */
    public static final String ADDED = "mmlens.diff.added";
    /** Lines removed by the patch. */
    public static final String REMOVED = "mmlens.diff.removed";
    /** Every non-default content type, in a stable order. */
    public static final String[] ALL = {HEADER, HUNK, ADDED, REMOVED};

    private DiffPartitions() {
    }

    /** Installs a line-based diff partitioner under {@link #PARTITIONING} and returns it. */
    public static FastPartitioner install(IDocument document) {
        FastPartitioner partitioner = new FastPartitioner(new DiffLineScanner(), ALL);
        ((IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
        return partitioner;
    }
}
