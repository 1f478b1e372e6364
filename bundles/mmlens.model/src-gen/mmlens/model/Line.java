/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Line#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.Line#getText <em>Text</em>}</li>
 *   <li>{@link mmlens.model.Line#getOldNumber <em>Old Number</em>}</li>
 *   <li>{@link mmlens.model.Line#getNewNumber <em>New Number</em>}</li>
 *   <li>{@link mmlens.model.Line#isNoNewlineAtEnd <em>No Newline At End</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getLine()
 * @model
 * @generated
 */
public interface Line extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link mmlens.model.LineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see mmlens.model.LineKind
	 * @see #setKind(LineKind)
	 * @see mmlens.model.MmlensPackage#getLine_Kind()
	 * @model
	 * @generated
	 */
	LineKind getKind();

	/**
	 * Sets the value of the '{@link mmlens.model.Line#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see mmlens.model.LineKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LineKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line content without the leading ' ', '+' or '-' and without the line end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see mmlens.model.MmlensPackage#getLine_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link mmlens.model.Line#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Old Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line number in the old file; 0 for an added line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Number</em>' attribute.
	 * @see #setOldNumber(int)
	 * @see mmlens.model.MmlensPackage#getLine_OldNumber()
	 * @model
	 * @generated
	 */
	int getOldNumber();

	/**
	 * Sets the value of the '{@link mmlens.model.Line#getOldNumber <em>Old Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Number</em>' attribute.
	 * @see #getOldNumber()
	 * @generated
	 */
	void setOldNumber(int value);

	/**
	 * Returns the value of the '<em><b>New Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line number in the new file; 0 for a removed line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Number</em>' attribute.
	 * @see #setNewNumber(int)
	 * @see mmlens.model.MmlensPackage#getLine_NewNumber()
	 * @model
	 * @generated
	 */
	int getNewNumber();

	/**
	 * Sets the value of the '{@link mmlens.model.Line#getNewNumber <em>New Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Number</em>' attribute.
	 * @see #getNewNumber()
	 * @generated
	 */
	void setNewNumber(int value);

	/**
	 * Returns the value of the '<em><b>No Newline At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Followed by '\ No newline at end of file'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Newline At End</em>' attribute.
	 * @see #setNoNewlineAtEnd(boolean)
	 * @see mmlens.model.MmlensPackage#getLine_NoNewlineAtEnd()
	 * @model
	 * @generated
	 */
	boolean isNoNewlineAtEnd();

	/**
	 * Sets the value of the '{@link mmlens.model.Line#isNoNewlineAtEnd <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Newline At End</em>' attribute.
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 */
	void setNoNewlineAtEnd(boolean value);

} // Line
