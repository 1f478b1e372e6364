package mmlens.analysis.parse;

import java.util.List;

import mmlens.model.Diagnostic;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;

/**
 * Outcome of parsing one or more inputs.
 *
 * @param series      the assembled series, in order of first appearance; each carries the
 *                    diagnostics of the inputs it was built from
 * @param diagnostics diagnostics of inputs that contributed to no series (unreadable, empty or
 *                    unrecognised files)
 */
public record ParseResult(List<PatchSeries> series, List<Diagnostic> diagnostics) {

    /** True when something reviewable was found: a patch, a cover letter or a review comment. */
    public boolean parsedAnything() {
        return series.stream().anyMatch(s -> !s.getPatches().isEmpty() || s.getCoverLetter() != null
                || !s.getReviewComments().isEmpty());
    }

    /** Process exit code for a CLI: 0 when anything was parsed (warnings or not), 2 otherwise. */
    public int exitCode() {
        return parsedAnything() ? 0 : 2;
    }

    /** All diagnostics, those inside series first. */
    public List<Diagnostic> allDiagnostics() {
        return java.util.stream.Stream.concat(series.stream().flatMap(s -> s.getDiagnostics().stream()),
                diagnostics.stream()).toList();
    }

    /** True if any diagnostic has ERROR severity. */
    public boolean hasErrors() {
        return allDiagnostics().stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
    }
}
