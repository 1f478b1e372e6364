/**
 */
package mmlens.model.util;

import mmlens.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see mmlens.model.MmlensPackage
 * @generated
 */
public class MmlensAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MmlensPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MmlensAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MmlensPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmlensSwitch<Adapter> modelSwitch =
		new MmlensSwitch<Adapter>() {
			@Override
			public Adapter casePatchSeries(PatchSeries object) {
				return createPatchSeriesAdapter();
			}
			@Override
			public Adapter caseMessage(Message object) {
				return createMessageAdapter();
			}
			@Override
			public Adapter caseCoverLetter(CoverLetter object) {
				return createCoverLetterAdapter();
			}
			@Override
			public Adapter casePatch(Patch object) {
				return createPatchAdapter();
			}
			@Override
			public Adapter caseTrailer(Trailer object) {
				return createTrailerAdapter();
			}
			@Override
			public Adapter caseDiffStatEntry(DiffStatEntry object) {
				return createDiffStatEntryAdapter();
			}
			@Override
			public Adapter caseFileDiff(FileDiff object) {
				return createFileDiffAdapter();
			}
			@Override
			public Adapter caseHunk(Hunk object) {
				return createHunkAdapter();
			}
			@Override
			public Adapter caseLine(Line object) {
				return createLineAdapter();
			}
			@Override
			public Adapter caseReviewComment(ReviewComment object) {
				return createReviewCommentAdapter();
			}
			@Override
			public Adapter caseDiagnostic(Diagnostic object) {
				return createDiagnosticAdapter();
			}
			@Override
			public Adapter caseAnnotatable(Annotatable object) {
				return createAnnotatableAdapter();
			}
			@Override
			public Adapter caseAnnotation(Annotation object) {
				return createAnnotationAdapter();
			}
			@Override
			public Adapter caseHunkMapping(HunkMapping object) {
				return createHunkMappingAdapter();
			}
			@Override
			public Adapter caseKnobChange(KnobChange object) {
				return createKnobChangeAdapter();
			}
			@Override
			public Adapter caseSeriesMapping(SeriesMapping object) {
				return createSeriesMappingAdapter();
			}
			@Override
			public Adapter caseKnobSetting(KnobSetting object) {
				return createKnobSettingAdapter();
			}
			@Override
			public Adapter caseNamedIdentifier(NamedIdentifier object) {
				return createNamedIdentifierAdapter();
			}
			@Override
			public Adapter caseImpactResult(ImpactResult object) {
				return createImpactResultAdapter();
			}
			@Override
			public Adapter caseEffect(Effect object) {
				return createEffectAdapter();
			}
			@Override
			public Adapter caseFinding(Finding object) {
				return createFindingAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.PatchSeries <em>Patch Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.PatchSeries
	 * @generated
	 */
	public Adapter createPatchSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Message
	 * @generated
	 */
	public Adapter createMessageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.CoverLetter <em>Cover Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.CoverLetter
	 * @generated
	 */
	public Adapter createCoverLetterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Patch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Patch
	 * @generated
	 */
	public Adapter createPatchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Trailer <em>Trailer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Trailer
	 * @generated
	 */
	public Adapter createTrailerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.DiffStatEntry <em>Diff Stat Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.DiffStatEntry
	 * @generated
	 */
	public Adapter createDiffStatEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.FileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.FileDiff
	 * @generated
	 */
	public Adapter createFileDiffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Hunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Hunk
	 * @generated
	 */
	public Adapter createHunkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Line <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Line
	 * @generated
	 */
	public Adapter createLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.ReviewComment
	 * @generated
	 */
	public Adapter createReviewCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Diagnostic <em>Diagnostic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Diagnostic
	 * @generated
	 */
	public Adapter createDiagnosticAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Annotatable <em>Annotatable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Annotatable
	 * @generated
	 */
	public Adapter createAnnotatableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Annotation
	 * @generated
	 */
	public Adapter createAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.HunkMapping <em>Hunk Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.HunkMapping
	 * @generated
	 */
	public Adapter createHunkMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.KnobChange <em>Knob Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.KnobChange
	 * @generated
	 */
	public Adapter createKnobChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.SeriesMapping <em>Series Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.SeriesMapping
	 * @generated
	 */
	public Adapter createSeriesMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.KnobSetting <em>Knob Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.KnobSetting
	 * @generated
	 */
	public Adapter createKnobSettingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.NamedIdentifier <em>Named Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.NamedIdentifier
	 * @generated
	 */
	public Adapter createNamedIdentifierAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.ImpactResult <em>Impact Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.ImpactResult
	 * @generated
	 */
	public Adapter createImpactResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Effect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Effect
	 * @generated
	 */
	public Adapter createEffectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link mmlens.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see mmlens.model.Finding
	 * @generated
	 */
	public Adapter createFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MmlensAdapterFactory
