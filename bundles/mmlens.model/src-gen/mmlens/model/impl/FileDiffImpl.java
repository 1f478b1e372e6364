/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.ChangeKind;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
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
 * An implementation of the model object '<em><b>File Diff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getOldPath <em>Old Path</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getNewPath <em>New Path</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getOldMode <em>Old Mode</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getNewMode <em>New Mode</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getOldId <em>Old Id</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getNewId <em>New Id</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getSimilarity <em>Similarity</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#isBinary <em>Binary</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#isPartial <em>Partial</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getAdded <em>Added</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getRemoved <em>Removed</em>}</li>
 *   <li>{@link mmlens.model.impl.FileDiffImpl#getHunks <em>Hunks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileDiffImpl extends AnnotatableImpl implements FileDiff {
	/**
	 * The default value of the '{@link #getOldPath() <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldPath()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldPath() <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldPath()
	 * @generated
	 * @ordered
	 */
	protected String oldPath = OLD_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewPath() <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPath()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewPath() <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPath()
	 * @generated
	 * @ordered
	 */
	protected String newPath = NEW_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeKind KIND_EDEFAULT = ChangeKind.MODIFY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChangeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldMode() <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldMode()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldMode() <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldMode()
	 * @generated
	 * @ordered
	 */
	protected String oldMode = OLD_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewMode() <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMode()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewMode() <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMode()
	 * @generated
	 * @ordered
	 */
	protected String newMode = NEW_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldId() <em>Old Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldId()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldId() <em>Old Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldId()
	 * @generated
	 * @ordered
	 */
	protected String oldId = OLD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewId() <em>New Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewId()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewId() <em>New Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewId()
	 * @generated
	 * @ordered
	 */
	protected String newId = NEW_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSimilarity() <em>Similarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimilarity()
	 * @generated
	 * @ordered
	 */
	protected static final int SIMILARITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSimilarity() <em>Similarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimilarity()
	 * @generated
	 * @ordered
	 */
	protected int similarity = SIMILARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BINARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected boolean binary = BINARY_EDEFAULT;

	/**
	 * The default value of the '{@link #isPartial() <em>Partial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartial()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PARTIAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPartial() <em>Partial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartial()
	 * @generated
	 * @ordered
	 */
	protected boolean partial = PARTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdded() <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdded()
	 * @generated
	 * @ordered
	 */
	protected static final int ADDED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAdded() <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdded()
	 * @generated
	 * @ordered
	 */
	protected int added = ADDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoved() <em>Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoved()
	 * @generated
	 * @ordered
	 */
	protected static final int REMOVED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRemoved() <em>Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoved()
	 * @generated
	 * @ordered
	 */
	protected int removed = REMOVED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHunks() <em>Hunks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Hunk> hunks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileDiffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.FILE_DIFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldPath() {
		return oldPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldPath(String newOldPath) {
		String oldOldPath = oldPath;
		oldPath = newOldPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__OLD_PATH, oldOldPath, oldPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewPath() {
		return newPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPath(String newNewPath) {
		String oldNewPath = newPath;
		newPath = newNewPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__NEW_PATH, oldNewPath, newPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChangeKind newKind) {
		ChangeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldMode() {
		return oldMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldMode(String newOldMode) {
		String oldOldMode = oldMode;
		oldMode = newOldMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__OLD_MODE, oldOldMode, oldMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewMode() {
		return newMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewMode(String newNewMode) {
		String oldNewMode = newMode;
		newMode = newNewMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__NEW_MODE, oldNewMode, newMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldId() {
		return oldId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldId(String newOldId) {
		String oldOldId = oldId;
		oldId = newOldId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__OLD_ID, oldOldId, oldId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewId() {
		return newId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewId(String newNewId) {
		String oldNewId = newId;
		newId = newNewId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__NEW_ID, oldNewId, newId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSimilarity() {
		return similarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSimilarity(int newSimilarity) {
		int oldSimilarity = similarity;
		similarity = newSimilarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__SIMILARITY, oldSimilarity, similarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBinary() {
		return binary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinary(boolean newBinary) {
		boolean oldBinary = binary;
		binary = newBinary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__BINARY, oldBinary, binary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPartial() {
		return partial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartial(boolean newPartial) {
		boolean oldPartial = partial;
		partial = newPartial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__PARTIAL, oldPartial, partial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdded() {
		return added;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdded(int newAdded) {
		int oldAdded = added;
		added = newAdded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__ADDED, oldAdded, added));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRemoved() {
		return removed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoved(int newRemoved) {
		int oldRemoved = removed;
		removed = newRemoved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FILE_DIFF__REMOVED, oldRemoved, removed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hunk> getHunks() {
		if (hunks == null) {
			hunks = new EObjectContainmentEList<Hunk>(Hunk.class, this, MmlensPackage.FILE_DIFF__HUNKS);
		}
		return hunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.FILE_DIFF__HUNKS:
				return ((InternalEList<?>)getHunks()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.FILE_DIFF__OLD_PATH:
				return getOldPath();
			case MmlensPackage.FILE_DIFF__NEW_PATH:
				return getNewPath();
			case MmlensPackage.FILE_DIFF__KIND:
				return getKind();
			case MmlensPackage.FILE_DIFF__OLD_MODE:
				return getOldMode();
			case MmlensPackage.FILE_DIFF__NEW_MODE:
				return getNewMode();
			case MmlensPackage.FILE_DIFF__OLD_ID:
				return getOldId();
			case MmlensPackage.FILE_DIFF__NEW_ID:
				return getNewId();
			case MmlensPackage.FILE_DIFF__SIMILARITY:
				return getSimilarity();
			case MmlensPackage.FILE_DIFF__BINARY:
				return isBinary();
			case MmlensPackage.FILE_DIFF__PARTIAL:
				return isPartial();
			case MmlensPackage.FILE_DIFF__ADDED:
				return getAdded();
			case MmlensPackage.FILE_DIFF__REMOVED:
				return getRemoved();
			case MmlensPackage.FILE_DIFF__HUNKS:
				return getHunks();
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
			case MmlensPackage.FILE_DIFF__OLD_PATH:
				setOldPath((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__NEW_PATH:
				setNewPath((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__KIND:
				setKind((ChangeKind)newValue);
				return;
			case MmlensPackage.FILE_DIFF__OLD_MODE:
				setOldMode((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__NEW_MODE:
				setNewMode((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__OLD_ID:
				setOldId((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__NEW_ID:
				setNewId((String)newValue);
				return;
			case MmlensPackage.FILE_DIFF__SIMILARITY:
				setSimilarity((Integer)newValue);
				return;
			case MmlensPackage.FILE_DIFF__BINARY:
				setBinary((Boolean)newValue);
				return;
			case MmlensPackage.FILE_DIFF__PARTIAL:
				setPartial((Boolean)newValue);
				return;
			case MmlensPackage.FILE_DIFF__ADDED:
				setAdded((Integer)newValue);
				return;
			case MmlensPackage.FILE_DIFF__REMOVED:
				setRemoved((Integer)newValue);
				return;
			case MmlensPackage.FILE_DIFF__HUNKS:
				getHunks().clear();
				getHunks().addAll((Collection<? extends Hunk>)newValue);
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
			case MmlensPackage.FILE_DIFF__OLD_PATH:
				setOldPath(OLD_PATH_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__NEW_PATH:
				setNewPath(NEW_PATH_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__OLD_MODE:
				setOldMode(OLD_MODE_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__NEW_MODE:
				setNewMode(NEW_MODE_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__OLD_ID:
				setOldId(OLD_ID_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__NEW_ID:
				setNewId(NEW_ID_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__SIMILARITY:
				setSimilarity(SIMILARITY_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__BINARY:
				setBinary(BINARY_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__PARTIAL:
				setPartial(PARTIAL_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__ADDED:
				setAdded(ADDED_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__REMOVED:
				setRemoved(REMOVED_EDEFAULT);
				return;
			case MmlensPackage.FILE_DIFF__HUNKS:
				getHunks().clear();
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
			case MmlensPackage.FILE_DIFF__OLD_PATH:
				return OLD_PATH_EDEFAULT == null ? oldPath != null : !OLD_PATH_EDEFAULT.equals(oldPath);
			case MmlensPackage.FILE_DIFF__NEW_PATH:
				return NEW_PATH_EDEFAULT == null ? newPath != null : !NEW_PATH_EDEFAULT.equals(newPath);
			case MmlensPackage.FILE_DIFF__KIND:
				return kind != KIND_EDEFAULT;
			case MmlensPackage.FILE_DIFF__OLD_MODE:
				return OLD_MODE_EDEFAULT == null ? oldMode != null : !OLD_MODE_EDEFAULT.equals(oldMode);
			case MmlensPackage.FILE_DIFF__NEW_MODE:
				return NEW_MODE_EDEFAULT == null ? newMode != null : !NEW_MODE_EDEFAULT.equals(newMode);
			case MmlensPackage.FILE_DIFF__OLD_ID:
				return OLD_ID_EDEFAULT == null ? oldId != null : !OLD_ID_EDEFAULT.equals(oldId);
			case MmlensPackage.FILE_DIFF__NEW_ID:
				return NEW_ID_EDEFAULT == null ? newId != null : !NEW_ID_EDEFAULT.equals(newId);
			case MmlensPackage.FILE_DIFF__SIMILARITY:
				return similarity != SIMILARITY_EDEFAULT;
			case MmlensPackage.FILE_DIFF__BINARY:
				return binary != BINARY_EDEFAULT;
			case MmlensPackage.FILE_DIFF__PARTIAL:
				return partial != PARTIAL_EDEFAULT;
			case MmlensPackage.FILE_DIFF__ADDED:
				return added != ADDED_EDEFAULT;
			case MmlensPackage.FILE_DIFF__REMOVED:
				return removed != REMOVED_EDEFAULT;
			case MmlensPackage.FILE_DIFF__HUNKS:
				return hunks != null && !hunks.isEmpty();
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
		result.append(" (oldPath: ");
		result.append(oldPath);
		result.append(", newPath: ");
		result.append(newPath);
		result.append(", kind: ");
		result.append(kind);
		result.append(", oldMode: ");
		result.append(oldMode);
		result.append(", newMode: ");
		result.append(newMode);
		result.append(", oldId: ");
		result.append(oldId);
		result.append(", newId: ");
		result.append(newId);
		result.append(", similarity: ");
		result.append(similarity);
		result.append(", binary: ");
		result.append(binary);
		result.append(", partial: ");
		result.append(partial);
		result.append(", added: ");
		result.append(added);
		result.append(", removed: ");
		result.append(removed);
		result.append(')');
		return result.toString();
	}

} //FileDiffImpl
