package mmlens.analysis.map;

/**
 * One engine knob a hunk changes, read from its code.
 *
 * @param knob a {@link mmlens.engine.Knobs} name
 * @param oldValue the value the removed (or context) lines give, in the Knobs text form; null when
 *            the old side is not visible (e.g. a definition that is only added)
 * @param newValue the value the added lines give, in the Knobs text form
 *            ({@code Knobs.mainline().with(knob, newValue)} accepts it)
 * @param line 1-based line of the deciding {@code +} line in the input file, 0 when the hunk has
 *            no source line. The parser stores the {@code @@} header's input line in
 *            {@link mmlens.model.Hunk#getSourceLine()} and one input line per element of
 *            {@code getLines()}, so element i (0-based) is at {@code sourceLine + 1 + i}; checked
 *            against the parser on releng/examples/fallback-tuning-v2.mbox (ExampleReadersTest).
 *            Exact for diffs and format-patch mails; approximate for hunks rebuilt from review
 *            quotes with replies between the quoted lines
 * @param evidence that line's text, trimmed, sometimes followed by a note in brackets
 * @param variant the variant id of a structural change (see {@link VariantReaders}), null for a
 *            plain value change
 * @param confidence how sure the reading is, in [0, 1]: 1 for the kernel's own expression in its
 *            own function, lower when the function, file or form is only partly recognised
 */
public record KnobChange(String knob, String oldValue, String newValue, int line, String evidence, String variant,
        double confidence) {
}
