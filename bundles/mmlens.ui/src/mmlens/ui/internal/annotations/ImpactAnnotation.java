package mmlens.ui.internal.annotations;

import org.eclipse.jface.text.source.Annotation;

import mmlens.model.Severity;
import mmlens.ui.internal.impact.HunkImpact;

/**
 * An impact check result on one hunk of the review editor, typed by its severity (the types are
 * declared in plugin.xml with ruler icons, overview marks and text highlighting).
 */
public final class ImpactAnnotation extends Annotation {

    /** Annotation type of hunks with an error finding. */
    public static final String ERROR = "mmlens.ui.impact.error";
    /** Annotation type of hunks with a warning finding or a significant regression. */
    public static final String WARNING = "mmlens.ui.impact.warning";
    /** Annotation type of hunks with only info findings or significant improvements. */
    public static final String INFO = "mmlens.ui.impact.info";
    /** All types, most severe first. */
    public static final String[] TYPES = {ERROR, WARNING, INFO};

    private final HunkImpact impact;

    public ImpactAnnotation(HunkImpact impact) {
        super(typeOf(impact.severity()), false, impact.summary());
        this.impact = impact;
    }

    public HunkImpact getImpact() {
        return impact;
    }

    static String typeOf(Severity s) {
        return switch (s) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            default -> INFO;
        };
    }
}
