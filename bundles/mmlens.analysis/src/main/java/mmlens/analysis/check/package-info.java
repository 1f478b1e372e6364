/**
 * The impact check: seeded scenario suites run on a baseline engine configuration and on each
 * cumulative step of a patch series, turned into effects and findings.
 *
 * <pre>
 *   Suites (resources mmlens/analysis/suites/&lt;suite&gt;/&lt;name&gt;.scenario, per mechanism group)
 *     │  scenario × config (baseline, step 1..n; identical configs run once) × seed 1..N
 *     ▼
 *   ImpactCheck ── thread pool, one single-threaded engine per run, results by index
 *     │  Runs.run: RunProbe (EngineListener) + MetricExtractor → metrics (NaN = absent), findings
 *     ▼
 *   Comparison (per scenario): paired t-test per metric, Holm across the scenario's metrics
 *     (per-order indices one Bonferroni group), |change| ≥ 2 %, identical samples neutral
 *     ▼
 *   ImpactReport: MetricStats, Effects (baseline → last step, with causing steps),
 *                 per-step Effects, Findings new against the baseline, not-runnable steps
 * </pre>
 *
 * Plain Java, no Eclipse: progress and cancellation go through {@link mmlens.analysis.check.CheckMonitor};
 * a canceled check returns {@link mmlens.analysis.check.CheckResult.Canceled}, never a partial report.
 */
package mmlens.analysis.check;
