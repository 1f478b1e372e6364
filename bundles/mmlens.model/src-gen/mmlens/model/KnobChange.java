/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knob Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One engine knob a hunk changes (mmlens.engine.Knobs names), with the value read from its - and + lines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.KnobChange#getKnob <em>Knob</em>}</li>
 *   <li>{@link mmlens.model.KnobChange#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link mmlens.model.KnobChange#getNewValue <em>New Value</em>}</li>
 *   <li>{@link mmlens.model.KnobChange#getLine <em>Line</em>}</li>
 *   <li>{@link mmlens.model.KnobChange#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link mmlens.model.KnobChange#getVariant <em>Variant</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getKnobChange()
 * @model
 * @generated
 */
public interface KnobChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Knob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knob</em>' attribute.
	 * @see #setKnob(String)
	 * @see mmlens.model.MmlensPackage#getKnobChange_Knob()
	 * @model
	 * @generated
	 */
	String getKnob();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getKnob <em>Knob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knob</em>' attribute.
	 * @see #getKnob()
	 * @generated
	 */
	void setKnob(String value);

	/**
	 * Returns the value of the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value on the - side (null when not visible).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Value</em>' attribute.
	 * @see #setOldValue(String)
	 * @see mmlens.model.MmlensPackage#getKnobChange_OldValue()
	 * @model
	 * @generated
	 */
	String getOldValue();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getOldValue <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Value</em>' attribute.
	 * @see #getOldValue()
	 * @generated
	 */
	void setOldValue(String value);

	/**
	 * Returns the value of the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value on the + side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Value</em>' attribute.
	 * @see #setNewValue(String)
	 * @see mmlens.model.MmlensPackage#getKnobChange_NewValue()
	 * @model
	 * @generated
	 */
	String getNewValue();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getNewValue <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Value</em>' attribute.
	 * @see #getNewValue()
	 * @generated
	 */
	void setNewValue(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line of the deciding + line in the input file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see mmlens.model.MmlensPackage#getKnobChange_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see mmlens.model.MmlensPackage#getKnobChange_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variant id when the change is structural, else null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant</em>' attribute.
	 * @see #setVariant(String)
	 * @see mmlens.model.MmlensPackage#getKnobChange_Variant()
	 * @model
	 * @generated
	 */
	String getVariant();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobChange#getVariant <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' attribute.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(String value);

} // KnobChange
