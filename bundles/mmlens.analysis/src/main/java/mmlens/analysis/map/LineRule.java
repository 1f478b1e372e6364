package mmlens.analysis.map;

/** Reads one knob's value from one line of a hunk, or returns null when the line does not carry it. */
@FunctionalInterface
interface LineRule {

    /**
     * What a line says about a knob.
     *
     * @param value the knob value in the Knobs text form; null when the line is the knob's expression
     *            with a value the knob has no form for (the note says what it is)
     * @param confidence in [0, 1]
     * @param note appended to the evidence in brackets, or null
     * @param notBuilt with no value: why the modelled kernel never builds the line (the note then says
     *            what it sets), else null
     */
    record Reading(String value, double confidence, String note, String notBuilt) {
        Reading(String value, double confidence) {
            this(value, confidence, null, null);
        }

        Reading(String value, double confidence, String note) {
            this(value, confidence, note, null);
        }

        /** A line setting {@code what} that the modelled kernel does not build, and why. */
        static Reading notBuilt(String what, String why) {
            return new Reading(null, 0, what, why);
        }
    }

    Reading read(HunkView h, int i);

    /** This rule's reading, else {@code other}'s. */
    default LineRule or(LineRule other) {
        return (h, i) -> {
            Reading r = read(h, i);
            return r != null ? r : other.read(h, i);
        };
    }
}
