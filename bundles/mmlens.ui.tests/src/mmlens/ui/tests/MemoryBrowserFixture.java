package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static mmlens.ui.tests.ReviewFixture.waitUntil;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.views.MemoryView;

/**
 * What the memory-browser UI tests share: a fake impact service for the review they open, the
 * editors closed and the memory view hidden after each test, and a run of a scenario in the view.
 */
abstract class MemoryBrowserFixture {

    private ReviewFixture fixture;

    @BeforeEach
    void fake() {
        fixture = new ReviewFixture(new FakeImpactService());
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        var view = page().findView(MemoryView.ID);
        if (view != null) {
            page().hideView(view);
        }
        fixture.close();
    }

    /** Shows the memory view beside {@code editor}, runs {@code scenario} (seed 1) and waits for both sides. */
    static MemoryView runView(ReviewEditor editor, String scenario) throws Exception {
        MemoryView view = (MemoryView) page().showView(MemoryView.ID);
        page().activate(editor);
        Job job = view.run(scenario, 1);
        waitUntil(() -> job.getState() == Job.NONE && view.getBaselineRun() != null && view.getPatchedRun() != null,
                "memory runs", 20000);
        return view;
    }
}
