/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.KnobSetting;
import mmlens.model.MmlensPackage;
import mmlens.model.NamedIdentifier;
import mmlens.model.SeriesMapping;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Series Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.SeriesMappingImpl#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.impl.SeriesMappingImpl#getMapped <em>Mapped</em>}</li>
 *   <li>{@link mmlens.model.impl.SeriesMappingImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link mmlens.model.impl.SeriesMappingImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link mmlens.model.impl.SeriesMappingImpl#getNamedIdentifiers <em>Named Identifiers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeriesMappingImpl extends AnnotationImpl implements SeriesMapping {
	/**
	 * The default value of the '{@link #getHunks() <em>Hunks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected static final int HUNKS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHunks() <em>Hunks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected int hunks = HUNKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMapped() <em>Mapped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapped()
	 * @generated
	 * @ordered
	 */
	protected static final int MAPPED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMapped() <em>Mapped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapped()
	 * @generated
	 * @ordered
	 */
	protected int mapped = MAPPED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected EList<KnobSetting> baseline;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<KnobSetting> settings;

	/**
	 * The cached value of the '{@link #getNamedIdentifiers() <em>Named Identifiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamedIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedIdentifier> namedIdentifiers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeriesMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.SERIES_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHunks() {
		return hunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunks(int newHunks) {
		int oldHunks = hunks;
		hunks = newHunks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.SERIES_MAPPING__HUNKS, oldHunks, hunks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMapped() {
		return mapped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapped(int newMapped) {
		int oldMapped = mapped;
		mapped = newMapped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.SERIES_MAPPING__MAPPED, oldMapped, mapped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnobSetting> getBaseline() {
		if (baseline == null) {
			baseline = new EObjectContainmentEList<KnobSetting>(KnobSetting.class, this, MmlensPackage.SERIES_MAPPING__BASELINE);
		}
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnobSetting> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<KnobSetting>(KnobSetting.class, this, MmlensPackage.SERIES_MAPPING__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedIdentifier> getNamedIdentifiers() {
		if (namedIdentifiers == null) {
			namedIdentifiers = new EObjectContainmentEList<NamedIdentifier>(NamedIdentifier.class, this, MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS);
		}
		return namedIdentifiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.SERIES_MAPPING__BASELINE:
				return ((InternalEList<?>)getBaseline()).basicRemove(otherEnd, msgs);
			case MmlensPackage.SERIES_MAPPING__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS:
				return ((InternalEList<?>)getNamedIdentifiers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.SERIES_MAPPING__HUNKS:
				return getHunks();
			case MmlensPackage.SERIES_MAPPING__MAPPED:
				return getMapped();
			case MmlensPackage.SERIES_MAPPING__BASELINE:
				return getBaseline();
			case MmlensPackage.SERIES_MAPPING__SETTINGS:
				return getSettings();
			case MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS:
				return getNamedIdentifiers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmlensPackage.SERIES_MAPPING__HUNKS:
				setHunks((Integer)newValue);
				return;
			case MmlensPackage.SERIES_MAPPING__MAPPED:
				setMapped((Integer)newValue);
				return;
			case MmlensPackage.SERIES_MAPPING__BASELINE:
				getBaseline().clear();
				getBaseline().addAll((Collection<? extends KnobSetting>)newValue);
				return;
			case MmlensPackage.SERIES_MAPPING__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends KnobSetting>)newValue);
				return;
			case MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS:
				getNamedIdentifiers().clear();
				getNamedIdentifiers().addAll((Collection<? extends NamedIdentifier>)newValue);
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
			case MmlensPackage.SERIES_MAPPING__HUNKS:
				setHunks(HUNKS_EDEFAULT);
				return;
			case MmlensPackage.SERIES_MAPPING__MAPPED:
				setMapped(MAPPED_EDEFAULT);
				return;
			case MmlensPackage.SERIES_MAPPING__BASELINE:
				getBaseline().clear();
				return;
			case MmlensPackage.SERIES_MAPPING__SETTINGS:
				getSettings().clear();
				return;
			case MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS:
				getNamedIdentifiers().clear();
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
			case MmlensPackage.SERIES_MAPPING__HUNKS:
				return hunks != HUNKS_EDEFAULT;
			case MmlensPackage.SERIES_MAPPING__MAPPED:
				return mapped != MAPPED_EDEFAULT;
			case MmlensPackage.SERIES_MAPPING__BASELINE:
				return baseline != null && !baseline.isEmpty();
			case MmlensPackage.SERIES_MAPPING__SETTINGS:
				return settings != null && !settings.isEmpty();
			case MmlensPackage.SERIES_MAPPING__NAMED_IDENTIFIERS:
				return namedIdentifiers != null && !namedIdentifiers.isEmpty();
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
		result.append(" (hunks: ");
		result.append(hunks);
		result.append(", mapped: ");
		result.append(mapped);
		result.append(')');
		return result.toString();
	}

} //SeriesMappingImpl
