/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hunk Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a hunk changes in the engine (mmlens map): the mechanism ids it touches, the knob values it sets, the variant it selects and the lines that decided it; or, when it changes nothing the engine models, unmodelled with the reason. Attached to the hunk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.HunkMapping#getFunction <em>Function</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getFunctionSource <em>Function Source</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getMechanisms <em>Mechanisms</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getKnobChanges <em>Knob Changes</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getVariant <em>Variant</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getUnmodelled <em>Unmodelled</em>}</li>
 *   <li>{@link mmlens.model.HunkMapping#getMainline <em>Mainline</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getHunkMapping()
 * @model
 * @generated
 */
public interface HunkMapping extends Annotation {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enclosing kernel function or declaration the mapping used; empty when none was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Function Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the function came from: header (the @@ line), context (the hunk lines), kernel-tree (a --kernel-tree lookup) or none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function Source</em>' attribute.
	 * @see #setFunctionSource(String)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_FunctionSource()
	 * @model
	 * @generated
	 */
	String getFunctionSource();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getFunctionSource <em>Function Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function Source</em>' attribute.
	 * @see #getFunctionSource()
	 * @generated
	 */
	void setFunctionSource(String value);

	/**
	 * Returns the value of the '<em><b>Mechanisms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mechanism ids of mapping/mechanisms.md, sorted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mechanisms</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Mechanisms()
	 * @model
	 * @generated
	 */
	EList<String> getMechanisms();

	/**
	 * Returns the value of the '<em><b>Knob Changes</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.KnobChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knob Changes</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getHunkMapping_KnobChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnobChange> getKnobChanges();

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engine variant the hunk selects (e.g. deferred-flush), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant</em>' attribute.
	 * @see #setVariant(String)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Variant()
	 * @model
	 * @generated
	 */
	String getVariant();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getVariant <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' attribute.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hunk lines (or identifiers) that decided the mapping, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Evidence()
	 * @model
	 * @generated
	 */
	EList<String> getEvidence();

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0..1: 1 when the knob or variant was read exactly from the code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Unmodelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the hunk changes nothing the engine models (comment only, documentation, arm64 code, slab internals...); null when mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unmodelled</em>' attribute.
	 * @see #setUnmodelled(String)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Unmodelled()
	 * @model
	 * @generated
	 */
	String getUnmodelled();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getUnmodelled <em>Unmodelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unmodelled</em>' attribute.
	 * @see #getUnmodelled()
	 * @generated
	 */
	void setUnmodelled(String value);

	/**
	 * Returns the value of the '<em><b>Mainline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the hunk's + side is what mainline 6.18 already does: the baseline then runs the - side's behaviour. Says which and, where known, the commit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mainline</em>' attribute.
	 * @see #setMainline(String)
	 * @see mmlens.model.MmlensPackage#getHunkMapping_Mainline()
	 * @model
	 * @generated
	 */
	String getMainline();

	/**
	 * Sets the value of the '{@link mmlens.model.HunkMapping#getMainline <em>Mainline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mainline</em>' attribute.
	 * @see #getMainline()
	 * @generated
	 */
	void setMainline(String value);

} // HunkMapping
