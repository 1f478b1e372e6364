/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.Effect;
import mmlens.model.Hunk;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.Verdict;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Effect</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.EffectImpl#getId <em>Id</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getBaselineMean <em>Baseline Mean</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getBaselineCi95 <em>Baseline Ci95</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getPatchedMean <em>Patched Mean</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getPatchedCi95 <em>Patched Ci95</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getChangePct <em>Change Pct</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.impl.EffectImpl#getPatches <em>Patches</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EffectImpl extends AnnotationImpl implements Effect {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected String scenario = SCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineMean() <em>Baseline Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineMean()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaselineMean() <em>Baseline Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineMean()
	 * @generated
	 * @ordered
	 */
	protected double baselineMean = BASELINE_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineCi95() <em>Baseline Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineCi95()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_CI95_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaselineCi95() <em>Baseline Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineCi95()
	 * @generated
	 * @ordered
	 */
	protected double baselineCi95 = BASELINE_CI95_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatchedMean() <em>Patched Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double PATCHED_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPatchedMean() <em>Patched Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchedMean()
	 * @generated
	 * @ordered
	 */
	protected double patchedMean = PATCHED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatchedCi95() <em>Patched Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchedCi95()
	 * @generated
	 * @ordered
	 */
	protected static final double PATCHED_CI95_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPatchedCi95() <em>Patched Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchedCi95()
	 * @generated
	 * @ordered
	 */
	protected double patchedCi95 = PATCHED_CI95_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangePct() <em>Change Pct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangePct()
	 * @generated
	 * @ordered
	 */
	protected static final double CHANGE_PCT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getChangePct() <em>Change Pct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangePct()
	 * @generated
	 * @ordered
	 */
	protected double changePct = CHANGE_PCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.NEUTRAL;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHunks() <em>Hunks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Hunk> hunks;

	/**
	 * The cached value of the '{@link #getPatches() <em>Patches</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatches()
	 * @generated
	 * @ordered
	 */
	protected EList<Patch> patches;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EffectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.EFFECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(String newScenario) {
		String oldScenario = scenario;
		scenario = newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaselineMean() {
		return baselineMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineMean(double newBaselineMean) {
		double oldBaselineMean = baselineMean;
		baselineMean = newBaselineMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__BASELINE_MEAN, oldBaselineMean, baselineMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaselineCi95() {
		return baselineCi95;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineCi95(double newBaselineCi95) {
		double oldBaselineCi95 = baselineCi95;
		baselineCi95 = newBaselineCi95;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__BASELINE_CI95, oldBaselineCi95, baselineCi95));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPatchedMean() {
		return patchedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatchedMean(double newPatchedMean) {
		double oldPatchedMean = patchedMean;
		patchedMean = newPatchedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__PATCHED_MEAN, oldPatchedMean, patchedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPatchedCi95() {
		return patchedCi95;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatchedCi95(double newPatchedCi95) {
		double oldPatchedCi95 = patchedCi95;
		patchedCi95 = newPatchedCi95;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__PATCHED_CI95, oldPatchedCi95, patchedCi95));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getChangePct() {
		return changePct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangePct(double newChangePct) {
		double oldChangePct = changePct;
		changePct = newChangePct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__CHANGE_PCT, oldChangePct, changePct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.EFFECT__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hunk> getHunks() {
		if (hunks == null) {
			hunks = new EObjectResolvingEList<Hunk>(Hunk.class, this, MmlensPackage.EFFECT__HUNKS);
		}
		return hunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Patch> getPatches() {
		if (patches == null) {
			patches = new EObjectResolvingEList<Patch>(Patch.class, this, MmlensPackage.EFFECT__PATCHES);
		}
		return patches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.EFFECT__ID:
				return getId();
			case MmlensPackage.EFFECT__METRIC:
				return getMetric();
			case MmlensPackage.EFFECT__SCENARIO:
				return getScenario();
			case MmlensPackage.EFFECT__BASELINE_MEAN:
				return getBaselineMean();
			case MmlensPackage.EFFECT__BASELINE_CI95:
				return getBaselineCi95();
			case MmlensPackage.EFFECT__PATCHED_MEAN:
				return getPatchedMean();
			case MmlensPackage.EFFECT__PATCHED_CI95:
				return getPatchedCi95();
			case MmlensPackage.EFFECT__CHANGE_PCT:
				return getChangePct();
			case MmlensPackage.EFFECT__VERDICT:
				return getVerdict();
			case MmlensPackage.EFFECT__EXPLANATION:
				return getExplanation();
			case MmlensPackage.EFFECT__HUNKS:
				return getHunks();
			case MmlensPackage.EFFECT__PATCHES:
				return getPatches();
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
			case MmlensPackage.EFFECT__ID:
				setId((String)newValue);
				return;
			case MmlensPackage.EFFECT__METRIC:
				setMetric((String)newValue);
				return;
			case MmlensPackage.EFFECT__SCENARIO:
				setScenario((String)newValue);
				return;
			case MmlensPackage.EFFECT__BASELINE_MEAN:
				setBaselineMean((Double)newValue);
				return;
			case MmlensPackage.EFFECT__BASELINE_CI95:
				setBaselineCi95((Double)newValue);
				return;
			case MmlensPackage.EFFECT__PATCHED_MEAN:
				setPatchedMean((Double)newValue);
				return;
			case MmlensPackage.EFFECT__PATCHED_CI95:
				setPatchedCi95((Double)newValue);
				return;
			case MmlensPackage.EFFECT__CHANGE_PCT:
				setChangePct((Double)newValue);
				return;
			case MmlensPackage.EFFECT__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case MmlensPackage.EFFECT__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case MmlensPackage.EFFECT__HUNKS:
				getHunks().clear();
				getHunks().addAll((Collection<? extends Hunk>)newValue);
				return;
			case MmlensPackage.EFFECT__PATCHES:
				getPatches().clear();
				getPatches().addAll((Collection<? extends Patch>)newValue);
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
			case MmlensPackage.EFFECT__ID:
				setId(ID_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__SCENARIO:
				setScenario(SCENARIO_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__BASELINE_MEAN:
				setBaselineMean(BASELINE_MEAN_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__BASELINE_CI95:
				setBaselineCi95(BASELINE_CI95_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__PATCHED_MEAN:
				setPatchedMean(PATCHED_MEAN_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__PATCHED_CI95:
				setPatchedCi95(PATCHED_CI95_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__CHANGE_PCT:
				setChangePct(CHANGE_PCT_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case MmlensPackage.EFFECT__HUNKS:
				getHunks().clear();
				return;
			case MmlensPackage.EFFECT__PATCHES:
				getPatches().clear();
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
			case MmlensPackage.EFFECT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MmlensPackage.EFFECT__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case MmlensPackage.EFFECT__SCENARIO:
				return SCENARIO_EDEFAULT == null ? scenario != null : !SCENARIO_EDEFAULT.equals(scenario);
			case MmlensPackage.EFFECT__BASELINE_MEAN:
				return baselineMean != BASELINE_MEAN_EDEFAULT;
			case MmlensPackage.EFFECT__BASELINE_CI95:
				return baselineCi95 != BASELINE_CI95_EDEFAULT;
			case MmlensPackage.EFFECT__PATCHED_MEAN:
				return patchedMean != PATCHED_MEAN_EDEFAULT;
			case MmlensPackage.EFFECT__PATCHED_CI95:
				return patchedCi95 != PATCHED_CI95_EDEFAULT;
			case MmlensPackage.EFFECT__CHANGE_PCT:
				return changePct != CHANGE_PCT_EDEFAULT;
			case MmlensPackage.EFFECT__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case MmlensPackage.EFFECT__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case MmlensPackage.EFFECT__HUNKS:
				return hunks != null && !hunks.isEmpty();
			case MmlensPackage.EFFECT__PATCHES:
				return patches != null && !patches.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", metric: ");
		result.append(metric);
		result.append(", scenario: ");
		result.append(scenario);
		result.append(", baselineMean: ");
		result.append(baselineMean);
		result.append(", baselineCi95: ");
		result.append(baselineCi95);
		result.append(", patchedMean: ");
		result.append(patchedMean);
		result.append(", patchedCi95: ");
		result.append(patchedCi95);
		result.append(", changePct: ");
		result.append(changePct);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(')');
		return result.toString();
	}

} //EffectImpl
