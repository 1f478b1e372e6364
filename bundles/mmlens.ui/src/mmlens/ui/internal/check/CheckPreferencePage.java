package mmlens.ui.internal.check;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > mmlens: the impact check's seeds, suites, threads and fail threshold. */
public final class CheckPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public CheckPreferencePage() {
        super(GRID);
        setDescription("Impact check settings (used by the Impact Check command).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(CheckPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor seeds = new IntegerFieldEditor(CheckPreferences.SEEDS, "Seeds per scenario and side:", getFieldEditorParent());
        seeds.setValidRange(2, 1000);
        addField(seeds);
        addField(new StringFieldEditor(CheckPreferences.SUITES, "Suites (comma-separated, empty = all):", getFieldEditorParent()));
        IntegerFieldEditor threads = new IntegerFieldEditor(CheckPreferences.THREADS, "Worker threads:", getFieldEditorParent());
        threads.setValidRange(1, 256);
        addField(threads);
        IntegerFieldEditor threshold = new IntegerFieldEditor(CheckPreferences.FAIL_THRESHOLD,
                "Fail threshold (worse by at least, %):", getFieldEditorParent());
        threshold.setValidRange(0, 1000);
        addField(threshold);
    }
}
