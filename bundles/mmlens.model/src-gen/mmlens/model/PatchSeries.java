/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patch Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One posted revision of a series: cover letter (optional), patches ordered by index, the review replies found with them, and every diagnostic raised while parsing the inputs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.PatchSeries#getTitle <em>Title</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getVersion <em>Version</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#isRfc <em>Rfc</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getTotal <em>Total</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getBaseCommit <em>Base Commit</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getChangeId <em>Change Id</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getPrerequisiteIds <em>Prerequisite Ids</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getSources <em>Sources</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getPatches <em>Patches</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getDiffstat <em>Diffstat</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getReviewComments <em>Review Comments</em>}</li>
 *   <li>{@link mmlens.model.PatchSeries#getDiagnostics <em>Diagnostics</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getPatchSeries()
 * @model
 * @generated
 */
public interface PatchSeries extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cover-letter subject without its [PATCH ...] prefix; the single patch's subject when there is no cover letter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revision N of a vN prefix; 1 when the prefix names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Rfc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rfc</em>' attribute.
	 * @see #setRfc(boolean)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Rfc()
	 * @model
	 * @generated
	 */
	boolean isRfc();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#isRfc <em>Rfc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rfc</em>' attribute.
	 * @see #isRfc()
	 * @generated
	 */
	void setRfc(boolean value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M of an i/M prefix, the number of patches announced; 0 when unknown. May differ from the number of patches present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(int)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Total()
	 * @model
	 * @generated
	 */
	int getTotal();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(int value);

	/**
	 * Returns the value of the '<em><b>Cover Letter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cover Letter</em>' containment reference.
	 * @see #setCoverLetter(CoverLetter)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_CoverLetter()
	 * @model containment="true"
	 * @generated
	 */
	CoverLetter getCoverLetter();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getCoverLetter <em>Cover Letter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cover Letter</em>' containment reference.
	 * @see #getCoverLetter()
	 * @generated
	 */
	void setCoverLetter(CoverLetter value);

	/**
	 * Returns the value of the '<em><b>Base Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Commit</em>' attribute.
	 * @see #setBaseCommit(String)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_BaseCommit()
	 * @model
	 * @generated
	 */
	String getBaseCommit();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getBaseCommit <em>Base Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Commit</em>' attribute.
	 * @see #getBaseCommit()
	 * @generated
	 */
	void setBaseCommit(String value);

	/**
	 * Returns the value of the '<em><b>Change Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Id</em>' attribute.
	 * @see #setChangeId(String)
	 * @see mmlens.model.MmlensPackage#getPatchSeries_ChangeId()
	 * @model
	 * @generated
	 */
	String getChangeId();

	/**
	 * Sets the value of the '{@link mmlens.model.PatchSeries#getChangeId <em>Change Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Id</em>' attribute.
	 * @see #getChangeId()
	 * @generated
	 */
	void setChangeId(String value);

	/**
	 * Returns the value of the '<em><b>Prerequisite Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values of prerequisite-patch-id / prerequisite-change-id / prerequisite-message-id lines, in order of appearance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisite Ids</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_PrerequisiteIds()
	 * @model
	 * @generated
	 */
	EList<String> getPrerequisiteIds();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The input files this series was assembled from, as given to the parser.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Patches</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Patch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patches</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Patches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Patch> getPatches();

	/**
	 * Returns the value of the '<em><b>Diffstat</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.DiffStatEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cover letter's combined diffstat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diffstat</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Diffstat()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiffStatEntry> getDiffstat();

	/**
	 * Returns the value of the '<em><b>Review Comments</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Comments</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_ReviewComments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getReviewComments();

	/**
	 * Returns the value of the '<em><b>Diagnostics</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Diagnostic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnostics</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatchSeries_Diagnostics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnostic> getDiagnostics();

} // PatchSeries
