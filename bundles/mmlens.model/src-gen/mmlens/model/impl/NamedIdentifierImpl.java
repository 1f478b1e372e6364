/**
 */
package mmlens.model.impl;

import mmlens.model.MmlensPackage;
import mmlens.model.NamedIdentifier;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Named Identifier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getName <em>Name</em>}</li>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getMechanism <em>Mechanism</em>}</li>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getWhere <em>Where</em>}</li>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.impl.NamedIdentifierImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NamedIdentifierImpl extends EObjectImpl implements NamedIdentifier {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMechanism() <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMechanism()
	 * @generated
	 * @ordered
	 */
	protected static final String MECHANISM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMechanism() <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMechanism()
	 * @generated
	 * @ordered
	 */
	protected String mechanism = MECHANISM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhere() <em>Where</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhere()
	 * @generated
	 * @ordered
	 */
	protected static final String WHERE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhere() <em>Where</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhere()
	 * @generated
	 * @ordered
	 */
	protected String where = WHERE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NamedIdentifierImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.NAMED_IDENTIFIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMechanism() {
		return mechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMechanism(String newMechanism) {
		String oldMechanism = mechanism;
		mechanism = newMechanism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__MECHANISM, oldMechanism, mechanism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhere() {
		return where;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhere(String newWhere) {
		String oldWhere = where;
		where = newWhere;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__WHERE, oldWhere, where));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__SOURCE_FILE, oldSourceFile, sourceFile));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.NAMED_IDENTIFIER__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.NAMED_IDENTIFIER__NAME:
				return getName();
			case MmlensPackage.NAMED_IDENTIFIER__KIND:
				return getKind();
			case MmlensPackage.NAMED_IDENTIFIER__MECHANISM:
				return getMechanism();
			case MmlensPackage.NAMED_IDENTIFIER__WHERE:
				return getWhere();
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_FILE:
				return getSourceFile();
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_LINE:
				return getSourceLine();
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
			case MmlensPackage.NAMED_IDENTIFIER__NAME:
				setName((String)newValue);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__KIND:
				setKind((String)newValue);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__MECHANISM:
				setMechanism((String)newValue);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__WHERE:
				setWhere((String)newValue);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_LINE:
				setSourceLine((Integer)newValue);
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
			case MmlensPackage.NAMED_IDENTIFIER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__MECHANISM:
				setMechanism(MECHANISM_EDEFAULT);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__WHERE:
				setWhere(WHERE_EDEFAULT);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
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
			case MmlensPackage.NAMED_IDENTIFIER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmlensPackage.NAMED_IDENTIFIER__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MmlensPackage.NAMED_IDENTIFIER__MECHANISM:
				return MECHANISM_EDEFAULT == null ? mechanism != null : !MECHANISM_EDEFAULT.equals(mechanism);
			case MmlensPackage.NAMED_IDENTIFIER__WHERE:
				return WHERE_EDEFAULT == null ? where != null : !WHERE_EDEFAULT.equals(where);
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case MmlensPackage.NAMED_IDENTIFIER__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", mechanism: ");
		result.append(mechanism);
		result.append(", where: ");
		result.append(where);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //NamedIdentifierImpl
