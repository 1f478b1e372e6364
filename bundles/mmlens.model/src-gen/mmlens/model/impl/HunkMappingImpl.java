/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
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
 * An implementation of the model object '<em><b>Hunk Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getFunctionSource <em>Function Source</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getMechanisms <em>Mechanisms</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getKnobChanges <em>Knob Changes</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getVariant <em>Variant</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getUnmodelled <em>Unmodelled</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkMappingImpl#getMainline <em>Mainline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HunkMappingImpl extends AnnotationImpl implements HunkMapping {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunctionSource() <em>Function Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionSource()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunctionSource() <em>Function Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionSource()
	 * @generated
	 * @ordered
	 */
	protected String functionSource = FUNCTION_SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMechanisms() <em>Mechanisms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMechanisms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> mechanisms;

	/**
	 * The cached value of the '{@link #getKnobChanges() <em>Knob Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnobChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<KnobChange> knobChanges;

	/**
	 * The default value of the '{@link #getVariant() <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariant()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariant() <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariant()
	 * @generated
	 * @ordered
	 */
	protected String variant = VARIANT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidence;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnmodelled() <em>Unmodelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnmodelled()
	 * @generated
	 * @ordered
	 */
	protected static final String UNMODELLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnmodelled() <em>Unmodelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnmodelled()
	 * @generated
	 * @ordered
	 */
	protected String unmodelled = UNMODELLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainline() <em>Mainline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainline()
	 * @generated
	 * @ordered
	 */
	protected static final String MAINLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainline() <em>Mainline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainline()
	 * @generated
	 * @ordered
	 */
	protected String mainline = MAINLINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HunkMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.HUNK_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunctionSource() {
		return functionSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunctionSource(String newFunctionSource) {
		String oldFunctionSource = functionSource;
		functionSource = newFunctionSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__FUNCTION_SOURCE, oldFunctionSource, functionSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMechanisms() {
		if (mechanisms == null) {
			mechanisms = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.HUNK_MAPPING__MECHANISMS);
		}
		return mechanisms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnobChange> getKnobChanges() {
		if (knobChanges == null) {
			knobChanges = new EObjectContainmentEList<KnobChange>(KnobChange.class, this, MmlensPackage.HUNK_MAPPING__KNOB_CHANGES);
		}
		return knobChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariant() {
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariant(String newVariant) {
		String oldVariant = variant;
		variant = newVariant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__VARIANT, oldVariant, variant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidence() {
		if (evidence == null) {
			evidence = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.HUNK_MAPPING__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnmodelled() {
		return unmodelled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnmodelled(String newUnmodelled) {
		String oldUnmodelled = unmodelled;
		unmodelled = newUnmodelled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__UNMODELLED, oldUnmodelled, unmodelled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMainline() {
		return mainline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainline(String newMainline) {
		String oldMainline = mainline;
		mainline = newMainline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK_MAPPING__MAINLINE, oldMainline, mainline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.HUNK_MAPPING__KNOB_CHANGES:
				return ((InternalEList<?>)getKnobChanges()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.HUNK_MAPPING__FUNCTION:
				return getFunction();
			case MmlensPackage.HUNK_MAPPING__FUNCTION_SOURCE:
				return getFunctionSource();
			case MmlensPackage.HUNK_MAPPING__MECHANISMS:
				return getMechanisms();
			case MmlensPackage.HUNK_MAPPING__KNOB_CHANGES:
				return getKnobChanges();
			case MmlensPackage.HUNK_MAPPING__VARIANT:
				return getVariant();
			case MmlensPackage.HUNK_MAPPING__EVIDENCE:
				return getEvidence();
			case MmlensPackage.HUNK_MAPPING__CONFIDENCE:
				return getConfidence();
			case MmlensPackage.HUNK_MAPPING__UNMODELLED:
				return getUnmodelled();
			case MmlensPackage.HUNK_MAPPING__MAINLINE:
				return getMainline();
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
			case MmlensPackage.HUNK_MAPPING__FUNCTION:
				setFunction((String)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__FUNCTION_SOURCE:
				setFunctionSource((String)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__MECHANISMS:
				getMechanisms().clear();
				getMechanisms().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__KNOB_CHANGES:
				getKnobChanges().clear();
				getKnobChanges().addAll((Collection<? extends KnobChange>)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__VARIANT:
				setVariant((String)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__UNMODELLED:
				setUnmodelled((String)newValue);
				return;
			case MmlensPackage.HUNK_MAPPING__MAINLINE:
				setMainline((String)newValue);
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
			case MmlensPackage.HUNK_MAPPING__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case MmlensPackage.HUNK_MAPPING__FUNCTION_SOURCE:
				setFunctionSource(FUNCTION_SOURCE_EDEFAULT);
				return;
			case MmlensPackage.HUNK_MAPPING__MECHANISMS:
				getMechanisms().clear();
				return;
			case MmlensPackage.HUNK_MAPPING__KNOB_CHANGES:
				getKnobChanges().clear();
				return;
			case MmlensPackage.HUNK_MAPPING__VARIANT:
				setVariant(VARIANT_EDEFAULT);
				return;
			case MmlensPackage.HUNK_MAPPING__EVIDENCE:
				getEvidence().clear();
				return;
			case MmlensPackage.HUNK_MAPPING__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case MmlensPackage.HUNK_MAPPING__UNMODELLED:
				setUnmodelled(UNMODELLED_EDEFAULT);
				return;
			case MmlensPackage.HUNK_MAPPING__MAINLINE:
				setMainline(MAINLINE_EDEFAULT);
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
			case MmlensPackage.HUNK_MAPPING__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case MmlensPackage.HUNK_MAPPING__FUNCTION_SOURCE:
				return FUNCTION_SOURCE_EDEFAULT == null ? functionSource != null : !FUNCTION_SOURCE_EDEFAULT.equals(functionSource);
			case MmlensPackage.HUNK_MAPPING__MECHANISMS:
				return mechanisms != null && !mechanisms.isEmpty();
			case MmlensPackage.HUNK_MAPPING__KNOB_CHANGES:
				return knobChanges != null && !knobChanges.isEmpty();
			case MmlensPackage.HUNK_MAPPING__VARIANT:
				return VARIANT_EDEFAULT == null ? variant != null : !VARIANT_EDEFAULT.equals(variant);
			case MmlensPackage.HUNK_MAPPING__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case MmlensPackage.HUNK_MAPPING__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case MmlensPackage.HUNK_MAPPING__UNMODELLED:
				return UNMODELLED_EDEFAULT == null ? unmodelled != null : !UNMODELLED_EDEFAULT.equals(unmodelled);
			case MmlensPackage.HUNK_MAPPING__MAINLINE:
				return MAINLINE_EDEFAULT == null ? mainline != null : !MAINLINE_EDEFAULT.equals(mainline);
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
		result.append(" (function: ");
		result.append(function);
		result.append(", functionSource: ");
		result.append(functionSource);
		result.append(", mechanisms: ");
		result.append(mechanisms);
		result.append(", variant: ");
		result.append(variant);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", unmodelled: ");
		result.append(unmodelled);
		result.append(", mainline: ");
		result.append(mainline);
		result.append(')');
		return result.toString();
	}

} //HunkMappingImpl
