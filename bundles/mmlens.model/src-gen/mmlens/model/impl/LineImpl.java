/**
 */
package mmlens.model.impl;

import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.MmlensPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.LineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.impl.LineImpl#getText <em>Text</em>}</li>
 *   <li>{@link mmlens.model.impl.LineImpl#getOldNumber <em>Old Number</em>}</li>
 *   <li>{@link mmlens.model.impl.LineImpl#getNewNumber <em>New Number</em>}</li>
 *   <li>{@link mmlens.model.impl.LineImpl#isNoNewlineAtEnd <em>No Newline At End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LineImpl extends EObjectImpl implements Line {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LineKind KIND_EDEFAULT = LineKind.CONTEXT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LineKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldNumber() <em>Old Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int OLD_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOldNumber() <em>Old Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldNumber()
	 * @generated
	 * @ordered
	 */
	protected int oldNumber = OLD_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewNumber() <em>New Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewNumber() <em>New Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewNumber()
	 * @generated
	 * @ordered
	 */
	protected int newNumber = NEW_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoNewlineAtEnd() <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_NEWLINE_AT_END_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoNewlineAtEnd() <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 * @ordered
	 */
	protected boolean noNewlineAtEnd = NO_NEWLINE_AT_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LineKind newKind) {
		LineKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.LINE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.LINE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOldNumber() {
		return oldNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldNumber(int newOldNumber) {
		int oldOldNumber = oldNumber;
		oldNumber = newOldNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.LINE__OLD_NUMBER, oldOldNumber, oldNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewNumber() {
		return newNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewNumber(int newNewNumber) {
		int oldNewNumber = newNumber;
		newNumber = newNewNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.LINE__NEW_NUMBER, oldNewNumber, newNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoNewlineAtEnd() {
		return noNewlineAtEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoNewlineAtEnd(boolean newNoNewlineAtEnd) {
		boolean oldNoNewlineAtEnd = noNewlineAtEnd;
		noNewlineAtEnd = newNoNewlineAtEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.LINE__NO_NEWLINE_AT_END, oldNoNewlineAtEnd, noNewlineAtEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.LINE__KIND:
				return getKind();
			case MmlensPackage.LINE__TEXT:
				return getText();
			case MmlensPackage.LINE__OLD_NUMBER:
				return getOldNumber();
			case MmlensPackage.LINE__NEW_NUMBER:
				return getNewNumber();
			case MmlensPackage.LINE__NO_NEWLINE_AT_END:
				return isNoNewlineAtEnd();
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
			case MmlensPackage.LINE__KIND:
				setKind((LineKind)newValue);
				return;
			case MmlensPackage.LINE__TEXT:
				setText((String)newValue);
				return;
			case MmlensPackage.LINE__OLD_NUMBER:
				setOldNumber((Integer)newValue);
				return;
			case MmlensPackage.LINE__NEW_NUMBER:
				setNewNumber((Integer)newValue);
				return;
			case MmlensPackage.LINE__NO_NEWLINE_AT_END:
				setNoNewlineAtEnd((Boolean)newValue);
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
			case MmlensPackage.LINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmlensPackage.LINE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MmlensPackage.LINE__OLD_NUMBER:
				setOldNumber(OLD_NUMBER_EDEFAULT);
				return;
			case MmlensPackage.LINE__NEW_NUMBER:
				setNewNumber(NEW_NUMBER_EDEFAULT);
				return;
			case MmlensPackage.LINE__NO_NEWLINE_AT_END:
				setNoNewlineAtEnd(NO_NEWLINE_AT_END_EDEFAULT);
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
			case MmlensPackage.LINE__KIND:
				return kind != KIND_EDEFAULT;
			case MmlensPackage.LINE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MmlensPackage.LINE__OLD_NUMBER:
				return oldNumber != OLD_NUMBER_EDEFAULT;
			case MmlensPackage.LINE__NEW_NUMBER:
				return newNumber != NEW_NUMBER_EDEFAULT;
			case MmlensPackage.LINE__NO_NEWLINE_AT_END:
				return noNewlineAtEnd != NO_NEWLINE_AT_END_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(", oldNumber: ");
		result.append(oldNumber);
		result.append(", newNumber: ");
		result.append(newNumber);
		result.append(", noNewlineAtEnd: ");
		result.append(noNewlineAtEnd);
		result.append(')');
		return result.toString();
	}

} //LineImpl
