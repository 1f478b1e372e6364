/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Effect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric of one scenario on both sides: means with 95 % confidence intervals, the change and the verdict of the stated test.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Effect#getId <em>Id</em>}</li>
 *   <li>{@link mmlens.model.Effect#getMetric <em>Metric</em>}</li>
 *   <li>{@link mmlens.model.Effect#getScenario <em>Scenario</em>}</li>
 *   <li>{@link mmlens.model.Effect#getBaselineMean <em>Baseline Mean</em>}</li>
 *   <li>{@link mmlens.model.Effect#getBaselineCi95 <em>Baseline Ci95</em>}</li>
 *   <li>{@link mmlens.model.Effect#getPatchedMean <em>Patched Mean</em>}</li>
 *   <li>{@link mmlens.model.Effect#getPatchedCi95 <em>Patched Ci95</em>}</li>
 *   <li>{@link mmlens.model.Effect#getChangePct <em>Change Pct</em>}</li>
 *   <li>{@link mmlens.model.Effect#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link mmlens.model.Effect#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link mmlens.model.Effect#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.Effect#getPatches <em>Patches</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getEffect()
 * @model
 * @generated
 */
public interface Effect extends Annotation {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id: scenario/metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see mmlens.model.MmlensPackage#getEffect_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see mmlens.model.MmlensPackage#getEffect_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see mmlens.model.MmlensPackage#getEffect_Scenario()
	 * @model
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Mean</em>' attribute.
	 * @see #setBaselineMean(double)
	 * @see mmlens.model.MmlensPackage#getEffect_BaselineMean()
	 * @model
	 * @generated
	 */
	double getBaselineMean();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getBaselineMean <em>Baseline Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Mean</em>' attribute.
	 * @see #getBaselineMean()
	 * @generated
	 */
	void setBaselineMean(double value);

	/**
	 * Returns the value of the '<em><b>Baseline Ci95</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Half-width of the 95 % interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Ci95</em>' attribute.
	 * @see #setBaselineCi95(double)
	 * @see mmlens.model.MmlensPackage#getEffect_BaselineCi95()
	 * @model
	 * @generated
	 */
	double getBaselineCi95();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getBaselineCi95 <em>Baseline Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Ci95</em>' attribute.
	 * @see #getBaselineCi95()
	 * @generated
	 */
	void setBaselineCi95(double value);

	/**
	 * Returns the value of the '<em><b>Patched Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patched Mean</em>' attribute.
	 * @see #setPatchedMean(double)
	 * @see mmlens.model.MmlensPackage#getEffect_PatchedMean()
	 * @model
	 * @generated
	 */
	double getPatchedMean();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getPatchedMean <em>Patched Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patched Mean</em>' attribute.
	 * @see #getPatchedMean()
	 * @generated
	 */
	void setPatchedMean(double value);

	/**
	 * Returns the value of the '<em><b>Patched Ci95</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patched Ci95</em>' attribute.
	 * @see #setPatchedCi95(double)
	 * @see mmlens.model.MmlensPackage#getEffect_PatchedCi95()
	 * @model
	 * @generated
	 */
	double getPatchedCi95();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getPatchedCi95 <em>Patched Ci95</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patched Ci95</em>' attribute.
	 * @see #getPatchedCi95()
	 * @generated
	 */
	void setPatchedCi95(double value);

	/**
	 * Returns the value of the '<em><b>Change Pct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Pct</em>' attribute.
	 * @see #setChangePct(double)
	 * @see mmlens.model.MmlensPackage#getEffect_ChangePct()
	 * @model
	 * @generated
	 */
	double getChangePct();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getChangePct <em>Change Pct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Pct</em>' attribute.
	 * @see #getChangePct()
	 * @generated
	 */
	void setChangePct(double value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link mmlens.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see mmlens.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see mmlens.model.MmlensPackage#getEffect_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see mmlens.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the mechanism moves this metric, when the check knows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see mmlens.model.MmlensPackage#getEffect_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link mmlens.model.Effect#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Hunks</b></em>' reference list.
	 * The list contents are of type {@link mmlens.model.Hunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hunks whose knobs or variant caused the effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hunks</em>' reference list.
	 * @see mmlens.model.MmlensPackage#getEffect_Hunks()
	 * @model
	 * @generated
	 */
	EList<Hunk> getHunks();

	/**
	 * Returns the value of the '<em><b>Patches</b></em>' reference list.
	 * The list contents are of type {@link mmlens.model.Patch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patches whose own step changed the metric significantly in the same direction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patches</em>' reference list.
	 * @see mmlens.model.MmlensPackage#getEffect_Patches()
	 * @model
	 * @generated
	 */
	EList<Patch> getPatches();

} // Effect
