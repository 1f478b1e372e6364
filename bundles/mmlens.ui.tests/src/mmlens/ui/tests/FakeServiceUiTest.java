package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle the UI tests with a fake impact service share: the fake installed before each
 * test; after it, the editors closed, the class's view hidden ({@link #viewId}), its own state
 * reset ({@link #reset}) and the real service back.
 */
abstract class FakeServiceUiTest {

    protected ReviewFixture fixture;

    @BeforeEach
    void fake() {
        fixture = new ReviewFixture(new FakeImpactService());
    }

    @AfterEach
    void closeEditorsAndFixture() {
        page().closeAllEditors(false);
        String id = viewId();
        var view = id == null ? null : page().findView(id);
        if (view != null) {
            page().hideView(view);
        }
        reset();
        fixture.close();
    }

    /** The id of a view the tests open, hidden after each test; null for none. */
    protected String viewId() {
        return null;
    }

    /** Resets what a test of the class changed besides editors and views (preferences). */
    protected void reset() {
    }
}
