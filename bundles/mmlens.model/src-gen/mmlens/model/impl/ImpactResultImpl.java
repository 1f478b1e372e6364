/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.Effect;
import mmlens.model.Finding;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Impact Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getSuites <em>Suites</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getEffects <em>Effects</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link mmlens.model.impl.ImpactResultImpl#getFixedFindings <em>Fixed Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImpactResultImpl extends AnnotationImpl implements ImpactResult {
	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected int seeds = SEEDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuites() <em>Suites</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuites()
	 * @generated
	 * @ordered
	 */
	protected EList<String> suites;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> notes;

	/**
	 * The cached value of the '{@link #getEffects() <em>Effects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffects()
	 * @generated
	 * @ordered
	 */
	protected EList<Effect> effects;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getFixedFindings() <em>Fixed Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> fixedFindings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImpactResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.IMPACT_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.IMPACT_RESULT__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeeds() {
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeds(int newSeeds) {
		int oldSeeds = seeds;
		seeds = newSeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.IMPACT_RESULT__SEEDS, oldSeeds, seeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSuites() {
		if (suites == null) {
			suites = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.IMPACT_RESULT__SUITES);
		}
		return suites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.IMPACT_RESULT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Effect> getEffects() {
		if (effects == null) {
			effects = new EObjectContainmentEList<Effect>(Effect.class, this, MmlensPackage.IMPACT_RESULT__EFFECTS);
		}
		return effects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, MmlensPackage.IMPACT_RESULT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFixedFindings() {
		if (fixedFindings == null) {
			fixedFindings = new EObjectContainmentEList<Finding>(Finding.class, this, MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS);
		}
		return fixedFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.IMPACT_RESULT__EFFECTS:
				return ((InternalEList<?>)getEffects()).basicRemove(otherEnd, msgs);
			case MmlensPackage.IMPACT_RESULT__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS:
				return ((InternalEList<?>)getFixedFindings()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.IMPACT_RESULT__ENGINE_VERSION:
				return getEngineVersion();
			case MmlensPackage.IMPACT_RESULT__SEEDS:
				return getSeeds();
			case MmlensPackage.IMPACT_RESULT__SUITES:
				return getSuites();
			case MmlensPackage.IMPACT_RESULT__NOTES:
				return getNotes();
			case MmlensPackage.IMPACT_RESULT__EFFECTS:
				return getEffects();
			case MmlensPackage.IMPACT_RESULT__FINDINGS:
				return getFindings();
			case MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS:
				return getFixedFindings();
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
			case MmlensPackage.IMPACT_RESULT__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__SEEDS:
				setSeeds((Integer)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__SUITES:
				getSuites().clear();
				getSuites().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__EFFECTS:
				getEffects().clear();
				getEffects().addAll((Collection<? extends Effect>)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS:
				getFixedFindings().clear();
				getFixedFindings().addAll((Collection<? extends Finding>)newValue);
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
			case MmlensPackage.IMPACT_RESULT__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case MmlensPackage.IMPACT_RESULT__SEEDS:
				setSeeds(SEEDS_EDEFAULT);
				return;
			case MmlensPackage.IMPACT_RESULT__SUITES:
				getSuites().clear();
				return;
			case MmlensPackage.IMPACT_RESULT__NOTES:
				getNotes().clear();
				return;
			case MmlensPackage.IMPACT_RESULT__EFFECTS:
				getEffects().clear();
				return;
			case MmlensPackage.IMPACT_RESULT__FINDINGS:
				getFindings().clear();
				return;
			case MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS:
				getFixedFindings().clear();
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
			case MmlensPackage.IMPACT_RESULT__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case MmlensPackage.IMPACT_RESULT__SEEDS:
				return seeds != SEEDS_EDEFAULT;
			case MmlensPackage.IMPACT_RESULT__SUITES:
				return suites != null && !suites.isEmpty();
			case MmlensPackage.IMPACT_RESULT__NOTES:
				return notes != null && !notes.isEmpty();
			case MmlensPackage.IMPACT_RESULT__EFFECTS:
				return effects != null && !effects.isEmpty();
			case MmlensPackage.IMPACT_RESULT__FINDINGS:
				return findings != null && !findings.isEmpty();
			case MmlensPackage.IMPACT_RESULT__FIXED_FINDINGS:
				return fixedFindings != null && !fixedFindings.isEmpty();
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
		result.append(" (engineVersion: ");
		result.append(engineVersion);
		result.append(", seeds: ");
		result.append(seeds);
		result.append(", suites: ");
		result.append(suites);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ImpactResultImpl
