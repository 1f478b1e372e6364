package mmlens.analysis.claims;

/**
 * A claim run on the engine.
 *
 * @param claim the claim
 * @param verdict holds, fails or unmodelled
 * @param baselineMean the metric's mean over the seeds on the baseline side (NaN when not run)
 * @param variantMean the same on the variant side
 * @param figure the claim's measure of the two means (NaN when not run or undefined)
 * @param note why it is unmodelled, why the figure is undefined, or empty
 */
public record ClaimResult(Claim claim, Verdict verdict, double baselineMean, double variantMean, double figure,
        String note) {

    /** The outcome of a claim. */
    public enum Verdict {
        /** The figure lies in the band. */
        holds,
        /** The figure lies outside the band, or is undefined. */
        fails,
        /** The engine cannot run the claim's configuration (the note says why). */
        unmodelled
    }
}
