/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One @@ -oldStart,oldCount +newStart,newCount @@ function block. Starts and counts are the header's claims; lines are what was actually present.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Hunk#getOldStart <em>Old Start</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getOldCount <em>Old Count</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getNewStart <em>New Start</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getNewCount <em>New Count</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getFunction <em>Function</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link mmlens.model.Hunk#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getHunk()
 * @model
 * @generated
 */
public interface Hunk extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Old Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Start</em>' attribute.
	 * @see #setOldStart(int)
	 * @see mmlens.model.MmlensPackage#getHunk_OldStart()
	 * @model
	 * @generated
	 */
	int getOldStart();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getOldStart <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Start</em>' attribute.
	 * @see #getOldStart()
	 * @generated
	 */
	void setOldStart(int value);

	/**
	 * Returns the value of the '<em><b>Old Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Count</em>' attribute.
	 * @see #setOldCount(int)
	 * @see mmlens.model.MmlensPackage#getHunk_OldCount()
	 * @model
	 * @generated
	 */
	int getOldCount();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getOldCount <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Count</em>' attribute.
	 * @see #getOldCount()
	 * @generated
	 */
	void setOldCount(int value);

	/**
	 * Returns the value of the '<em><b>New Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Start</em>' attribute.
	 * @see #setNewStart(int)
	 * @see mmlens.model.MmlensPackage#getHunk_NewStart()
	 * @model
	 * @generated
	 */
	int getNewStart();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getNewStart <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Start</em>' attribute.
	 * @see #getNewStart()
	 * @generated
	 */
	void setNewStart(int value);

	/**
	 * Returns the value of the '<em><b>New Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Count</em>' attribute.
	 * @see #setNewCount(int)
	 * @see mmlens.model.MmlensPackage#getHunk_NewCount()
	 * @model
	 * @generated
	 */
	int getNewCount();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getNewCount <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Count</em>' attribute.
	 * @see #getNewCount()
	 * @generated
	 */
	void setNewCount(int value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text after the closing @@ (git's function context), trimmed; empty when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see mmlens.model.MmlensPackage#getHunk_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line of the @@ header in the input file; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see mmlens.model.MmlensPackage#getHunk_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link mmlens.model.Hunk#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Line}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getHunk_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Line> getLines();

} // Hunk
