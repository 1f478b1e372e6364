/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see mmlens.model.MmlensPackage
 * @generated
 */
public interface MmlensFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MmlensFactory eINSTANCE = mmlens.model.impl.MmlensFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Patch Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patch Series</em>'.
	 * @generated
	 */
	PatchSeries createPatchSeries();

	/**
	 * Returns a new object of class '<em>Cover Letter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cover Letter</em>'.
	 * @generated
	 */
	CoverLetter createCoverLetter();

	/**
	 * Returns a new object of class '<em>Patch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patch</em>'.
	 * @generated
	 */
	Patch createPatch();

	/**
	 * Returns a new object of class '<em>Trailer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trailer</em>'.
	 * @generated
	 */
	Trailer createTrailer();

	/**
	 * Returns a new object of class '<em>Diff Stat Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diff Stat Entry</em>'.
	 * @generated
	 */
	DiffStatEntry createDiffStatEntry();

	/**
	 * Returns a new object of class '<em>File Diff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Diff</em>'.
	 * @generated
	 */
	FileDiff createFileDiff();

	/**
	 * Returns a new object of class '<em>Hunk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hunk</em>'.
	 * @generated
	 */
	Hunk createHunk();

	/**
	 * Returns a new object of class '<em>Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Line</em>'.
	 * @generated
	 */
	Line createLine();

	/**
	 * Returns a new object of class '<em>Review Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Comment</em>'.
	 * @generated
	 */
	ReviewComment createReviewComment();

	/**
	 * Returns a new object of class '<em>Diagnostic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagnostic</em>'.
	 * @generated
	 */
	Diagnostic createDiagnostic();

	/**
	 * Returns a new object of class '<em>Hunk Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hunk Mapping</em>'.
	 * @generated
	 */
	HunkMapping createHunkMapping();

	/**
	 * Returns a new object of class '<em>Knob Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knob Change</em>'.
	 * @generated
	 */
	KnobChange createKnobChange();

	/**
	 * Returns a new object of class '<em>Series Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Series Mapping</em>'.
	 * @generated
	 */
	SeriesMapping createSeriesMapping();

	/**
	 * Returns a new object of class '<em>Knob Setting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knob Setting</em>'.
	 * @generated
	 */
	KnobSetting createKnobSetting();

	/**
	 * Returns a new object of class '<em>Named Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Identifier</em>'.
	 * @generated
	 */
	NamedIdentifier createNamedIdentifier();

	/**
	 * Returns a new object of class '<em>Impact Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Impact Result</em>'.
	 * @generated
	 */
	ImpactResult createImpactResult();

	/**
	 * Returns a new object of class '<em>Effect</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Effect</em>'.
	 * @generated
	 */
	Effect createEffect();

	/**
	 * Returns a new object of class '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding</em>'.
	 * @generated
	 */
	Finding createFinding();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MmlensPackage getMmlensPackage();

} //MmlensFactory
