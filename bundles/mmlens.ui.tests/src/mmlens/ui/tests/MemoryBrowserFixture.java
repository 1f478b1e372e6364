package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static mmlens.ui.tests.ReviewFixture.waitUntil;

import org.eclipse.core.runtime.jobs.Job;

import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.views.MemoryView;

/**
 * What the memory-browser UI tests share: the fake-service lifecycle with the memory view hidden
 * after each test, and a run of a scenario in the view.
 */
abstract class MemoryBrowserFixture extends FakeServiceUiTest {

    @Override
    protected String viewId() {
        return MemoryView.ID;
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
