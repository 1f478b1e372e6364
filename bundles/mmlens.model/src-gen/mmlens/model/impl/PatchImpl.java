/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.DiffStatEntry;
import mmlens.model.FileDiff;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.Trailer;

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
 * An implementation of the model object '<em><b>Patch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.PatchImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchImpl#getCommitMessage <em>Commit Message</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchImpl#getTrailers <em>Trailers</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchImpl#getDiffstat <em>Diffstat</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchImpl#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchImpl extends MessageImpl implements Patch {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final PatchOrigin ORIGIN_EDEFAULT = PatchOrigin.MAIL;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected PatchOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitMessage() <em>Commit Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMIT_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitMessage() <em>Commit Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitMessage()
	 * @generated
	 * @ordered
	 */
	protected String commitMessage = COMMIT_MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrailers() <em>Trailers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailers()
	 * @generated
	 * @ordered
	 */
	protected EList<Trailer> trailers;

	/**
	 * The cached value of the '{@link #getDiffstat() <em>Diffstat</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffstat()
	 * @generated
	 * @ordered
	 */
	protected EList<DiffStatEntry> diffstat;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<FileDiff> files;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.PATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(PatchOrigin newOrigin) {
		PatchOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommitMessage() {
		return commitMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitMessage(String newCommitMessage) {
		String oldCommitMessage = commitMessage;
		commitMessage = newCommitMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH__COMMIT_MESSAGE, oldCommitMessage, commitMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trailer> getTrailers() {
		if (trailers == null) {
			trailers = new EObjectContainmentEList<Trailer>(Trailer.class, this, MmlensPackage.PATCH__TRAILERS);
		}
		return trailers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiffStatEntry> getDiffstat() {
		if (diffstat == null) {
			diffstat = new EObjectContainmentEList<DiffStatEntry>(DiffStatEntry.class, this, MmlensPackage.PATCH__DIFFSTAT);
		}
		return diffstat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileDiff> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<FileDiff>(FileDiff.class, this, MmlensPackage.PATCH__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.PATCH__TRAILERS:
				return ((InternalEList<?>)getTrailers()).basicRemove(otherEnd, msgs);
			case MmlensPackage.PATCH__DIFFSTAT:
				return ((InternalEList<?>)getDiffstat()).basicRemove(otherEnd, msgs);
			case MmlensPackage.PATCH__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.PATCH__INDEX:
				return getIndex();
			case MmlensPackage.PATCH__ORIGIN:
				return getOrigin();
			case MmlensPackage.PATCH__COMMIT_MESSAGE:
				return getCommitMessage();
			case MmlensPackage.PATCH__TRAILERS:
				return getTrailers();
			case MmlensPackage.PATCH__DIFFSTAT:
				return getDiffstat();
			case MmlensPackage.PATCH__FILES:
				return getFiles();
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
			case MmlensPackage.PATCH__INDEX:
				setIndex((Integer)newValue);
				return;
			case MmlensPackage.PATCH__ORIGIN:
				setOrigin((PatchOrigin)newValue);
				return;
			case MmlensPackage.PATCH__COMMIT_MESSAGE:
				setCommitMessage((String)newValue);
				return;
			case MmlensPackage.PATCH__TRAILERS:
				getTrailers().clear();
				getTrailers().addAll((Collection<? extends Trailer>)newValue);
				return;
			case MmlensPackage.PATCH__DIFFSTAT:
				getDiffstat().clear();
				getDiffstat().addAll((Collection<? extends DiffStatEntry>)newValue);
				return;
			case MmlensPackage.PATCH__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends FileDiff>)newValue);
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
			case MmlensPackage.PATCH__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case MmlensPackage.PATCH__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case MmlensPackage.PATCH__COMMIT_MESSAGE:
				setCommitMessage(COMMIT_MESSAGE_EDEFAULT);
				return;
			case MmlensPackage.PATCH__TRAILERS:
				getTrailers().clear();
				return;
			case MmlensPackage.PATCH__DIFFSTAT:
				getDiffstat().clear();
				return;
			case MmlensPackage.PATCH__FILES:
				getFiles().clear();
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
			case MmlensPackage.PATCH__INDEX:
				return index != INDEX_EDEFAULT;
			case MmlensPackage.PATCH__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case MmlensPackage.PATCH__COMMIT_MESSAGE:
				return COMMIT_MESSAGE_EDEFAULT == null ? commitMessage != null : !COMMIT_MESSAGE_EDEFAULT.equals(commitMessage);
			case MmlensPackage.PATCH__TRAILERS:
				return trailers != null && !trailers.isEmpty();
			case MmlensPackage.PATCH__DIFFSTAT:
				return diffstat != null && !diffstat.isEmpty();
			case MmlensPackage.PATCH__FILES:
				return files != null && !files.isEmpty();
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
		result.append(" (index: ");
		result.append(index);
		result.append(", origin: ");
		result.append(origin);
		result.append(", commitMessage: ");
		result.append(commitMessage);
		result.append(')');
		return result.toString();
	}

} //PatchImpl
