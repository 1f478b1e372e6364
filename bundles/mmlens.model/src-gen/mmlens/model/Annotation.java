/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of analysis results attached to the patch model: the mapping (HunkMapping, SeriesMapping) and the impact check (ImpactResult with its Effects and Findings) are defined here; other analyses may subclass it in packages of their own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Annotation#getProducer <em>Producer</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getAnnotation()
 * @model abstract="true"
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the analysis that attached it, e.g. mmlens.engine.mapping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Producer</em>' attribute.
	 * @see #setProducer(String)
	 * @see mmlens.model.MmlensPackage#getAnnotation_Producer()
	 * @model
	 * @generated
	 */
	String getProducer();

	/**
	 * Sets the value of the '{@link mmlens.model.Annotation#getProducer <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer</em>' attribute.
	 * @see #getProducer()
	 * @generated
	 */
	void setProducer(String value);

} // Annotation
