/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.MmlensPackage;

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
 * An implementation of the model object '<em><b>Hunk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.HunkImpl#getOldStart <em>Old Start</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getOldCount <em>Old Count</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getNewStart <em>New Start</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getNewCount <em>New Count</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link mmlens.model.impl.HunkImpl#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HunkImpl extends AnnotatableImpl implements Hunk {
	/**
	 * The default value of the '{@link #getOldStart() <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldStart()
	 * @generated
	 * @ordered
	 */
	protected static final int OLD_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOldStart() <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldStart()
	 * @generated
	 * @ordered
	 */
	protected int oldStart = OLD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldCount() <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldCount()
	 * @generated
	 * @ordered
	 */
	protected static final int OLD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOldCount() <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldCount()
	 * @generated
	 * @ordered
	 */
	protected int oldCount = OLD_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewStart() <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStart()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewStart() <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStart()
	 * @generated
	 * @ordered
	 */
	protected int newStart = NEW_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewCount() <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCount()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewCount() <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCount()
	 * @generated
	 * @ordered
	 */
	protected int newCount = NEW_COUNT_EDEFAULT;

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
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<Line> lines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HunkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.HUNK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOldStart() {
		return oldStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldStart(int newOldStart) {
		int oldOldStart = oldStart;
		oldStart = newOldStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__OLD_START, oldOldStart, oldStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOldCount() {
		return oldCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldCount(int newOldCount) {
		int oldOldCount = oldCount;
		oldCount = newOldCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__OLD_COUNT, oldOldCount, oldCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewStart() {
		return newStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewStart(int newNewStart) {
		int oldNewStart = newStart;
		newStart = newNewStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__NEW_START, oldNewStart, newStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewCount() {
		return newCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewCount(int newNewCount) {
		int oldNewCount = newCount;
		newCount = newNewCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__NEW_COUNT, oldNewCount, newCount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.HUNK__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Line> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<Line>(Line.class, this, MmlensPackage.HUNK__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.HUNK__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.HUNK__OLD_START:
				return getOldStart();
			case MmlensPackage.HUNK__OLD_COUNT:
				return getOldCount();
			case MmlensPackage.HUNK__NEW_START:
				return getNewStart();
			case MmlensPackage.HUNK__NEW_COUNT:
				return getNewCount();
			case MmlensPackage.HUNK__FUNCTION:
				return getFunction();
			case MmlensPackage.HUNK__SOURCE_LINE:
				return getSourceLine();
			case MmlensPackage.HUNK__LINES:
				return getLines();
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
			case MmlensPackage.HUNK__OLD_START:
				setOldStart((Integer)newValue);
				return;
			case MmlensPackage.HUNK__OLD_COUNT:
				setOldCount((Integer)newValue);
				return;
			case MmlensPackage.HUNK__NEW_START:
				setNewStart((Integer)newValue);
				return;
			case MmlensPackage.HUNK__NEW_COUNT:
				setNewCount((Integer)newValue);
				return;
			case MmlensPackage.HUNK__FUNCTION:
				setFunction((String)newValue);
				return;
			case MmlensPackage.HUNK__SOURCE_LINE:
				setSourceLine((Integer)newValue);
				return;
			case MmlensPackage.HUNK__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends Line>)newValue);
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
			case MmlensPackage.HUNK__OLD_START:
				setOldStart(OLD_START_EDEFAULT);
				return;
			case MmlensPackage.HUNK__OLD_COUNT:
				setOldCount(OLD_COUNT_EDEFAULT);
				return;
			case MmlensPackage.HUNK__NEW_START:
				setNewStart(NEW_START_EDEFAULT);
				return;
			case MmlensPackage.HUNK__NEW_COUNT:
				setNewCount(NEW_COUNT_EDEFAULT);
				return;
			case MmlensPackage.HUNK__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case MmlensPackage.HUNK__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
			case MmlensPackage.HUNK__LINES:
				getLines().clear();
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
			case MmlensPackage.HUNK__OLD_START:
				return oldStart != OLD_START_EDEFAULT;
			case MmlensPackage.HUNK__OLD_COUNT:
				return oldCount != OLD_COUNT_EDEFAULT;
			case MmlensPackage.HUNK__NEW_START:
				return newStart != NEW_START_EDEFAULT;
			case MmlensPackage.HUNK__NEW_COUNT:
				return newCount != NEW_COUNT_EDEFAULT;
			case MmlensPackage.HUNK__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case MmlensPackage.HUNK__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
			case MmlensPackage.HUNK__LINES:
				return lines != null && !lines.isEmpty();
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
		result.append(" (oldStart: ");
		result.append(oldStart);
		result.append(", oldCount: ");
		result.append(oldCount);
		result.append(", newStart: ");
		result.append(newStart);
		result.append(", newCount: ");
		result.append(newCount);
		result.append(", function: ");
		result.append(function);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //HunkImpl
