/**
 */
package mmlens.model.impl;

import mmlens.model.Hunk;
import mmlens.model.KnobSetting;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Knob Setting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.KnobSettingImpl#getKnob <em>Knob</em>}</li>
 *   <li>{@link mmlens.model.impl.KnobSettingImpl#getValue <em>Value</em>}</li>
 *   <li>{@link mmlens.model.impl.KnobSettingImpl#getPatch <em>Patch</em>}</li>
 *   <li>{@link mmlens.model.impl.KnobSettingImpl#getHunk <em>Hunk</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnobSettingImpl extends EObjectImpl implements KnobSetting {
	/**
	 * The default value of the '{@link #getKnob() <em>Knob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnob()
	 * @generated
	 * @ordered
	 */
	protected static final String KNOB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKnob() <em>Knob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnob()
	 * @generated
	 * @ordered
	 */
	protected String knob = KNOB_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatch() <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatch()
	 * @generated
	 * @ordered
	 */
	protected Patch patch;

	/**
	 * The cached value of the '{@link #getHunk() <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunk()
	 * @generated
	 * @ordered
	 */
	protected Hunk hunk;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KnobSettingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.KNOB_SETTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKnob() {
		return knob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnob(String newKnob) {
		String oldKnob = knob;
		knob = newKnob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.KNOB_SETTING__KNOB, oldKnob, knob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.KNOB_SETTING__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patch getPatch() {
		if (patch != null && patch.eIsProxy()) {
			InternalEObject oldPatch = (InternalEObject)patch;
			patch = (Patch)eResolveProxy(oldPatch);
			if (patch != oldPatch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.KNOB_SETTING__PATCH, oldPatch, patch));
			}
		}
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Patch basicGetPatch() {
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatch(Patch newPatch) {
		Patch oldPatch = patch;
		patch = newPatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.KNOB_SETTING__PATCH, oldPatch, patch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hunk getHunk() {
		if (hunk != null && hunk.eIsProxy()) {
			InternalEObject oldHunk = (InternalEObject)hunk;
			hunk = (Hunk)eResolveProxy(oldHunk);
			if (hunk != oldHunk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.KNOB_SETTING__HUNK, oldHunk, hunk));
			}
		}
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hunk basicGetHunk() {
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunk(Hunk newHunk) {
		Hunk oldHunk = hunk;
		hunk = newHunk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.KNOB_SETTING__HUNK, oldHunk, hunk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.KNOB_SETTING__KNOB:
				return getKnob();
			case MmlensPackage.KNOB_SETTING__VALUE:
				return getValue();
			case MmlensPackage.KNOB_SETTING__PATCH:
				if (resolve) return getPatch();
				return basicGetPatch();
			case MmlensPackage.KNOB_SETTING__HUNK:
				if (resolve) return getHunk();
				return basicGetHunk();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmlensPackage.KNOB_SETTING__KNOB:
				setKnob((String)newValue);
				return;
			case MmlensPackage.KNOB_SETTING__VALUE:
				setValue((String)newValue);
				return;
			case MmlensPackage.KNOB_SETTING__PATCH:
				setPatch((Patch)newValue);
				return;
			case MmlensPackage.KNOB_SETTING__HUNK:
				setHunk((Hunk)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MmlensPackage.KNOB_SETTING__KNOB:
				setKnob(KNOB_EDEFAULT);
				return;
			case MmlensPackage.KNOB_SETTING__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case MmlensPackage.KNOB_SETTING__PATCH:
				setPatch((Patch)null);
				return;
			case MmlensPackage.KNOB_SETTING__HUNK:
				setHunk((Hunk)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MmlensPackage.KNOB_SETTING__KNOB:
				return KNOB_EDEFAULT == null ? knob != null : !KNOB_EDEFAULT.equals(knob);
			case MmlensPackage.KNOB_SETTING__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case MmlensPackage.KNOB_SETTING__PATCH:
				return patch != null;
			case MmlensPackage.KNOB_SETTING__HUNK:
				return hunk != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (knob: ");
		result.append(knob);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //KnobSettingImpl
