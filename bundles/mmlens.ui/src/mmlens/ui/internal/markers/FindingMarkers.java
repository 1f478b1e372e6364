package mmlens.ui.internal.markers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;

import mmlens.model.Effect;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.Severity;
import mmlens.model.Verdict;
import mmlens.ui.internal.impact.HunkImpact;
import mmlens.ui.internal.impact.Numbers;

/**
 * Problems-view markers ({@link #TYPE}) for the findings and significant regressions of a check on
 * a patch file in the workspace: one marker per finding and per worse effect, on the hunk's
 * {@code @@} header line ({@link IMarker#LINE_NUMBER} is the model's 1-based
 * {@link Hunk#getSourceLine()}, CHAR_START/CHAR_END span that line). Earlier markers of the type
 * on the file are replaced. Written by a workspace job of family {@link #FAMILY}.
 */
public final class FindingMarkers {

    /** Marker type declared in plugin.xml (a transient problem marker). */
    public static final String TYPE = "mmlens.ui.finding";
    /** Job family of the marker updates, for tests that wait for them. */
    public static final Object FAMILY = FindingMarkers.class;

    private FindingMarkers() {
    }

    /** The workspace file at {@code path}, or {@code null} when none of the workspace's files is there. */
    public static IFile workspaceFile(Path path) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
        for (IFile f : files) {
            if (f.isAccessible()) {
                return f;
            }
        }
        return null;
    }

    /** Replaces the file's markers by those of {@code impacts}; line offsets are taken from {@code doc}. */
    public static void update(IFile file, IDocument doc, List<HunkImpact> impacts) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (HunkImpact impact : impacts) {
            for (Finding f : impact.findings()) {
                markers.add(attributes(doc, impact.hunk(), f.getSeverity(),
                        f.getKind() + ": " + f.getMessage() + where(f.getScenario(), f.getSeed())));
            }
            for (Effect e : impact.effects()) {
                if (e.getVerdict() == Verdict.WORSE) {
                    boolean fails = HunkImpact.exceeds(e, impact.failThresholdPct());
                    markers.add(attributes(doc, impact.hunk(), HunkImpact.severityOf(e, impact.failThresholdPct()),
                            String.format(java.util.Locale.ROOT, "%s worse by %s in %s: baseline %s, patched %s%s", e.getMetric(),
                                    Numbers.percent(e.getChangePct()), e.getScenario(),
                                    Numbers.meanCi(e.getBaselineMean(), e.getBaselineCi95()),
                                    Numbers.meanCi(e.getPatchedMean(), e.getPatchedCi95()),
                                    fails ? " (fails the " + Numbers.number(impact.failThresholdPct()) + " % threshold)" : "")));
                }
            }
        }
        WorkspaceJob job = new WorkspaceJob("mmlens markers: " + file.getName()) {
            @Override
            public IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Map<String, Object> m : markers) {
                    file.createMarker(TYPE, m);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }

    private static String where(String scenario, long seed) {
        return scenario == null ? "" : " (" + scenario + ", seed " + seed + ")";
    }

    private static Map<String, Object> attributes(IDocument doc, Hunk hunk, Severity severity, String message) {
        Map<String, Object> m = new HashMap<>();
        m.put(IMarker.MESSAGE, message);
        m.put(IMarker.SEVERITY, switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        m.put(IMarker.LINE_NUMBER, hunk.getSourceLine());
        m.put(IMarker.LOCATION, "line " + hunk.getSourceLine() + ", @@ -" + hunk.getOldStart() + " +" + hunk.getNewStart()
                + " @@ " + (hunk.getFunction() == null ? "" : hunk.getFunction()));
        m.put(IMarker.TRANSIENT, Boolean.TRUE);
        m.put(IDE.EDITOR_ID_ATTR, "mmlens.ui.reviewEditor");
        try {
            int line = hunk.getSourceLine() - 1;
            int start = doc.getLineOffset(line);
            String delimiter = doc.getLineDelimiter(line);
            m.put(IMarker.CHAR_START, start);
            m.put(IMarker.CHAR_END, start + doc.getLineLength(line) - (delimiter == null ? 0 : delimiter.length()));
        } catch (BadLocationException e) {
            // beyond the displayed text: the line number alone locates it
        }
        return m;
    }
}
