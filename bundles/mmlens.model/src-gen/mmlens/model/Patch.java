/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Patch#getIndex <em>Index</em>}</li>
 *   <li>{@link mmlens.model.Patch#getOrigin <em>Origin</em>}</li>
 *   <li>{@link mmlens.model.Patch#getCommitMessage <em>Commit Message</em>}</li>
 *   <li>{@link mmlens.model.Patch#getTrailers <em>Trailers</em>}</li>
 *   <li>{@link mmlens.model.Patch#getDiffstat <em>Diffstat</em>}</li>
 *   <li>{@link mmlens.model.Patch#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getPatch()
 * @model
 * @generated
 */
public interface Patch extends Message {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * i of an i/M prefix (1-based); 1 for a lone patch without a counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see mmlens.model.MmlensPackage#getPatch_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link mmlens.model.Patch#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link mmlens.model.PatchOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see mmlens.model.PatchOrigin
	 * @see #setOrigin(PatchOrigin)
	 * @see mmlens.model.MmlensPackage#getPatch_Origin()
	 * @model
	 * @generated
	 */
	PatchOrigin getOrigin();

	/**
	 * Sets the value of the '{@link mmlens.model.Patch#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see mmlens.model.PatchOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(PatchOrigin value);

	/**
	 * Returns the value of the '<em><b>Commit Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Body text before the trailers and the '---' separator, LF line ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commit Message</em>' attribute.
	 * @see #setCommitMessage(String)
	 * @see mmlens.model.MmlensPackage#getPatch_CommitMessage()
	 * @model
	 * @generated
	 */
	String getCommitMessage();

	/**
	 * Sets the value of the '{@link mmlens.model.Patch#getCommitMessage <em>Commit Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commit Message</em>' attribute.
	 * @see #getCommitMessage()
	 * @generated
	 */
	void setCommitMessage(String value);

	/**
	 * Returns the value of the '<em><b>Trailers</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Trailer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trailers</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatch_Trailers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trailer> getTrailers();

	/**
	 * Returns the value of the '<em><b>Diffstat</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.DiffStatEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diffstat</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatch_Diffstat()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiffStatEntry> getDiffstat();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.FileDiff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getPatch_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileDiff> getFiles();

} // Patch
