/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diff Stat Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.DiffStatEntry#getPath <em>Path</em>}</li>
 *   <li>{@link mmlens.model.DiffStatEntry#getChanges <em>Changes</em>}</li>
 *   <li>{@link mmlens.model.DiffStatEntry#isBinary <em>Binary</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getDiffStatEntry()
 * @model
 * @generated
 */
public interface DiffStatEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see mmlens.model.MmlensPackage#getDiffStatEntry_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link mmlens.model.DiffStatEntry#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number printed after '|': added plus removed lines; 0 for binary entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changes</em>' attribute.
	 * @see #setChanges(int)
	 * @see mmlens.model.MmlensPackage#getDiffStatEntry_Changes()
	 * @model
	 * @generated
	 */
	int getChanges();

	/**
	 * Sets the value of the '{@link mmlens.model.DiffStatEntry#getChanges <em>Changes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changes</em>' attribute.
	 * @see #getChanges()
	 * @generated
	 */
	void setChanges(int value);

	/**
	 * Returns the value of the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binary</em>' attribute.
	 * @see #setBinary(boolean)
	 * @see mmlens.model.MmlensPackage#getDiffStatEntry_Binary()
	 * @model
	 * @generated
	 */
	boolean isBinary();

	/**
	 * Sets the value of the '{@link mmlens.model.DiffStatEntry#isBinary <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binary</em>' attribute.
	 * @see #isBinary()
	 * @generated
	 */
	void setBinary(boolean value);

} // DiffStatEntry
