/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knob Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A knob value and the patch that set it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.KnobSetting#getKnob <em>Knob</em>}</li>
 *   <li>{@link mmlens.model.KnobSetting#getValue <em>Value</em>}</li>
 *   <li>{@link mmlens.model.KnobSetting#getPatch <em>Patch</em>}</li>
 *   <li>{@link mmlens.model.KnobSetting#getHunk <em>Hunk</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getKnobSetting()
 * @model
 * @generated
 */
public interface KnobSetting extends EObject {
	/**
	 * Returns the value of the '<em><b>Knob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knob</em>' attribute.
	 * @see #setKnob(String)
	 * @see mmlens.model.MmlensPackage#getKnobSetting_Knob()
	 * @model
	 * @generated
	 */
	String getKnob();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobSetting#getKnob <em>Knob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knob</em>' attribute.
	 * @see #getKnob()
	 * @generated
	 */
	void setKnob(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see mmlens.model.MmlensPackage#getKnobSetting_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobSetting#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch</em>' reference.
	 * @see #setPatch(Patch)
	 * @see mmlens.model.MmlensPackage#getKnobSetting_Patch()
	 * @model
	 * @generated
	 */
	Patch getPatch();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobSetting#getPatch <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch</em>' reference.
	 * @see #getPatch()
	 * @generated
	 */
	void setPatch(Patch value);

	/**
	 * Returns the value of the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunk</em>' reference.
	 * @see #setHunk(Hunk)
	 * @see mmlens.model.MmlensPackage#getKnobSetting_Hunk()
	 * @model
	 * @generated
	 */
	Hunk getHunk();

	/**
	 * Sets the value of the '{@link mmlens.model.KnobSetting#getHunk <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunk</em>' reference.
	 * @see #getHunk()
	 * @generated
	 */
	void setHunk(Hunk value);

} // KnobSetting
