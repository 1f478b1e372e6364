/**
 */
package mmlens.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cover Letter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.CoverLetter#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getCoverLetter()
 * @model
 * @generated
 */
public interface CoverLetter extends Message {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decoded body text, LF line ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see mmlens.model.MmlensPackage#getCoverLetter_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link mmlens.model.CoverLetter#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // CoverLetter
