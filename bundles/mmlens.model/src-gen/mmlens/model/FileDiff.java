/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Diff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.FileDiff#getOldPath <em>Old Path</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getNewPath <em>New Path</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getOldMode <em>Old Mode</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getNewMode <em>New Mode</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getOldId <em>Old Id</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getNewId <em>New Id</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getSimilarity <em>Similarity</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#isBinary <em>Binary</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#isPartial <em>Partial</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getAdded <em>Added</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getRemoved <em>Removed</em>}</li>
 *   <li>{@link mmlens.model.FileDiff#getHunks <em>Hunks</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getFileDiff()
 * @model
 * @generated
 */
public interface FileDiff extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Old Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path before the change without the a/ prefix; null for an added file or when no header was recovered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Path</em>' attribute.
	 * @see #setOldPath(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_OldPath()
	 * @model
	 * @generated
	 */
	String getOldPath();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getOldPath <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Path</em>' attribute.
	 * @see #getOldPath()
	 * @generated
	 */
	void setOldPath(String value);

	/**
	 * Returns the value of the '<em><b>New Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path after the change without the b/ prefix; null for a deleted file or when no header was recovered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Path</em>' attribute.
	 * @see #setNewPath(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_NewPath()
	 * @model
	 * @generated
	 */
	String getNewPath();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getNewPath <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Path</em>' attribute.
	 * @see #getNewPath()
	 * @generated
	 */
	void setNewPath(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link mmlens.model.ChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see mmlens.model.ChangeKind
	 * @see #setKind(ChangeKind)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Kind()
	 * @model
	 * @generated
	 */
	ChangeKind getKind();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see mmlens.model.ChangeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChangeKind value);

	/**
	 * Returns the value of the '<em><b>Old Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Mode</em>' attribute.
	 * @see #setOldMode(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_OldMode()
	 * @model
	 * @generated
	 */
	String getOldMode();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getOldMode <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Mode</em>' attribute.
	 * @see #getOldMode()
	 * @generated
	 */
	void setOldMode(String value);

	/**
	 * Returns the value of the '<em><b>New Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Mode</em>' attribute.
	 * @see #setNewMode(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_NewMode()
	 * @model
	 * @generated
	 */
	String getNewMode();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getNewMode <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Mode</em>' attribute.
	 * @see #getNewMode()
	 * @generated
	 */
	void setNewMode(String value);

	/**
	 * Returns the value of the '<em><b>Old Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abbreviated blob id from the index line, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Id</em>' attribute.
	 * @see #setOldId(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_OldId()
	 * @model
	 * @generated
	 */
	String getOldId();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getOldId <em>Old Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Id</em>' attribute.
	 * @see #getOldId()
	 * @generated
	 */
	void setOldId(String value);

	/**
	 * Returns the value of the '<em><b>New Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Id</em>' attribute.
	 * @see #setNewId(String)
	 * @see mmlens.model.MmlensPackage#getFileDiff_NewId()
	 * @model
	 * @generated
	 */
	String getNewId();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getNewId <em>New Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Id</em>' attribute.
	 * @see #getNewId()
	 * @generated
	 */
	void setNewId(String value);

	/**
	 * Returns the value of the '<em><b>Similarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Similarity index in percent for renames and copies; 0 otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Similarity</em>' attribute.
	 * @see #setSimilarity(int)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Similarity()
	 * @model
	 * @generated
	 */
	int getSimilarity();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getSimilarity <em>Similarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Similarity</em>' attribute.
	 * @see #getSimilarity()
	 * @generated
	 */
	void setSimilarity(int value);

	/**
	 * Returns the value of the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binary</em>' attribute.
	 * @see #setBinary(boolean)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Binary()
	 * @model
	 * @generated
	 */
	boolean isBinary();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#isBinary <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binary</em>' attribute.
	 * @see #isBinary()
	 * @generated
	 */
	void setBinary(boolean value);

	/**
	 * Returns the value of the '<em><b>Partial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when lines of this file's diff are known to be missing (quoted excerpt, truncated input): counts then cover only the lines present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partial</em>' attribute.
	 * @see #setPartial(boolean)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Partial()
	 * @model
	 * @generated
	 */
	boolean isPartial();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#isPartial <em>Partial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partial</em>' attribute.
	 * @see #isPartial()
	 * @generated
	 */
	void setPartial(boolean value);

	/**
	 * Returns the value of the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of '+' lines in all hunks, as git apply --numstat counts them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Added</em>' attribute.
	 * @see #setAdded(int)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Added()
	 * @model
	 * @generated
	 */
	int getAdded();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getAdded <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added</em>' attribute.
	 * @see #getAdded()
	 * @generated
	 */
	void setAdded(int value);

	/**
	 * Returns the value of the '<em><b>Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Removed</em>' attribute.
	 * @see #setRemoved(int)
	 * @see mmlens.model.MmlensPackage#getFileDiff_Removed()
	 * @model
	 * @generated
	 */
	int getRemoved();

	/**
	 * Sets the value of the '{@link mmlens.model.FileDiff#getRemoved <em>Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Removed</em>' attribute.
	 * @see #getRemoved()
	 * @generated
	 */
	void setRemoved(int value);

	/**
	 * Returns the value of the '<em><b>Hunks</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Hunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunks</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getFileDiff_Hunks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hunk> getHunks();

} // FileDiff
