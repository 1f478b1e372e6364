package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A combined effect is put on the steps that moved the metric its way, not on every reading step. */
class MovingStepsTest {
    private static MetricStats stats(Double... means) {
        return new MetricStats("s/x", "pgscan", Arrays.stream(means).map(m -> m == null ? null : new Side(m, 1)).toList());
    }

    @Test
    void onlyStepsThatMovedTheTotalsWay() {
        // baseline 100, step 1 +5, step 2 -1, step 3 +6: total +10
        MetricStats s = stats(100.0, 105.0, 104.0, 110.0);
        assertEquals(List.of(1, 3), SeriesCheck.movingSteps(List.of(1, 2, 3), s, 10));
        assertEquals(List.of(2), SeriesCheck.movingSteps(List.of(1, 2, 3), s, -10), "a decrease: the step that lowered it");
        assertEquals(List.of(3), SeriesCheck.movingSteps(List.of(2, 3), s, 10), "only steps that read the knob");
    }

    @Test
    void noneMovedOrUnknownKeepsTheReadingSteps() {
        MetricStats flat = stats(100.0, 100.0, 100.0);
        assertEquals(List.of(1, 2), SeriesCheck.movingSteps(List.of(1, 2), flat, 5));
        assertEquals(List.of(1, 2), SeriesCheck.movingSteps(List.of(1, 2), null, 5));
        assertEquals(List.of(1, 2), SeriesCheck.movingSteps(List.of(1, 2), stats(100.0, null, 120.0), 20),
                "a step whose configuration did not run cannot be judged");
    }
}
