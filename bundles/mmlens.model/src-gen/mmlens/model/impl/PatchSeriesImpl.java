/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.CoverLetter;
import mmlens.model.Diagnostic;
import mmlens.model.DiffStatEntry;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patch Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#isRfc <em>Rfc</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getBaseCommit <em>Base Commit</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getChangeId <em>Change Id</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getPrerequisiteIds <em>Prerequisite Ids</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getPatches <em>Patches</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getDiffstat <em>Diffstat</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getReviewComments <em>Review Comments</em>}</li>
 *   <li>{@link mmlens.model.impl.PatchSeriesImpl#getDiagnostics <em>Diagnostics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchSeriesImpl extends AnnotatableImpl implements PatchSeries {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isRfc() <em>Rfc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRfc()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RFC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRfc() <em>Rfc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRfc()
	 * @generated
	 * @ordered
	 */
	protected boolean rfc = RFC_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final int TOTAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected int total = TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoverLetter() <em>Cover Letter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverLetter()
	 * @generated
	 * @ordered
	 */
	protected CoverLetter coverLetter;

	/**
	 * The default value of the '{@link #getBaseCommit() <em>Base Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCommit()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_COMMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseCommit() <em>Base Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCommit()
	 * @generated
	 * @ordered
	 */
	protected String baseCommit = BASE_COMMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeId() <em>Change Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeId() <em>Change Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeId()
	 * @generated
	 * @ordered
	 */
	protected String changeId = CHANGE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrerequisiteIds() <em>Prerequisite Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisiteIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> prerequisiteIds;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The cached value of the '{@link #getPatches() <em>Patches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatches()
	 * @generated
	 * @ordered
	 */
	protected EList<Patch> patches;

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
	 * The cached value of the '{@link #getReviewComments() <em>Review Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> reviewComments;

	/**
	 * The cached value of the '{@link #getDiagnostics() <em>Diagnostics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnostic> diagnostics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.PATCH_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRfc() {
		return rfc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRfc(boolean newRfc) {
		boolean oldRfc = rfc;
		rfc = newRfc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__RFC, oldRfc, rfc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(int newTotal) {
		int oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoverLetter getCoverLetter() {
		return coverLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCoverLetter(CoverLetter newCoverLetter, NotificationChain msgs) {
		CoverLetter oldCoverLetter = coverLetter;
		coverLetter = newCoverLetter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__COVER_LETTER, oldCoverLetter, newCoverLetter);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverLetter(CoverLetter newCoverLetter) {
		if (newCoverLetter != coverLetter) {
			NotificationChain msgs = null;
			if (coverLetter != null)
				msgs = ((InternalEObject)coverLetter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MmlensPackage.PATCH_SERIES__COVER_LETTER, null, msgs);
			if (newCoverLetter != null)
				msgs = ((InternalEObject)newCoverLetter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MmlensPackage.PATCH_SERIES__COVER_LETTER, null, msgs);
			msgs = basicSetCoverLetter(newCoverLetter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__COVER_LETTER, newCoverLetter, newCoverLetter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseCommit() {
		return baseCommit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseCommit(String newBaseCommit) {
		String oldBaseCommit = baseCommit;
		baseCommit = newBaseCommit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__BASE_COMMIT, oldBaseCommit, baseCommit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeId() {
		return changeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeId(String newChangeId) {
		String oldChangeId = changeId;
		changeId = newChangeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.PATCH_SERIES__CHANGE_ID, oldChangeId, changeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrerequisiteIds() {
		if (prerequisiteIds == null) {
			prerequisiteIds = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.PATCH_SERIES__PREREQUISITE_IDS);
		}
		return prerequisiteIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources() {
		if (sources == null) {
			sources = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.PATCH_SERIES__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Patch> getPatches() {
		if (patches == null) {
			patches = new EObjectContainmentEList<Patch>(Patch.class, this, MmlensPackage.PATCH_SERIES__PATCHES);
		}
		return patches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiffStatEntry> getDiffstat() {
		if (diffstat == null) {
			diffstat = new EObjectContainmentEList<DiffStatEntry>(DiffStatEntry.class, this, MmlensPackage.PATCH_SERIES__DIFFSTAT);
		}
		return diffstat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getReviewComments() {
		if (reviewComments == null) {
			reviewComments = new EObjectContainmentEList<ReviewComment>(ReviewComment.class, this, MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS);
		}
		return reviewComments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnostic> getDiagnostics() {
		if (diagnostics == null) {
			diagnostics = new EObjectContainmentEList<Diagnostic>(Diagnostic.class, this, MmlensPackage.PATCH_SERIES__DIAGNOSTICS);
		}
		return diagnostics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmlensPackage.PATCH_SERIES__COVER_LETTER:
				return basicSetCoverLetter(null, msgs);
			case MmlensPackage.PATCH_SERIES__PATCHES:
				return ((InternalEList<?>)getPatches()).basicRemove(otherEnd, msgs);
			case MmlensPackage.PATCH_SERIES__DIFFSTAT:
				return ((InternalEList<?>)getDiffstat()).basicRemove(otherEnd, msgs);
			case MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS:
				return ((InternalEList<?>)getReviewComments()).basicRemove(otherEnd, msgs);
			case MmlensPackage.PATCH_SERIES__DIAGNOSTICS:
				return ((InternalEList<?>)getDiagnostics()).basicRemove(otherEnd, msgs);
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
			case MmlensPackage.PATCH_SERIES__TITLE:
				return getTitle();
			case MmlensPackage.PATCH_SERIES__VERSION:
				return getVersion();
			case MmlensPackage.PATCH_SERIES__RFC:
				return isRfc();
			case MmlensPackage.PATCH_SERIES__TOTAL:
				return getTotal();
			case MmlensPackage.PATCH_SERIES__COVER_LETTER:
				return getCoverLetter();
			case MmlensPackage.PATCH_SERIES__BASE_COMMIT:
				return getBaseCommit();
			case MmlensPackage.PATCH_SERIES__CHANGE_ID:
				return getChangeId();
			case MmlensPackage.PATCH_SERIES__PREREQUISITE_IDS:
				return getPrerequisiteIds();
			case MmlensPackage.PATCH_SERIES__SOURCES:
				return getSources();
			case MmlensPackage.PATCH_SERIES__PATCHES:
				return getPatches();
			case MmlensPackage.PATCH_SERIES__DIFFSTAT:
				return getDiffstat();
			case MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS:
				return getReviewComments();
			case MmlensPackage.PATCH_SERIES__DIAGNOSTICS:
				return getDiagnostics();
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
			case MmlensPackage.PATCH_SERIES__TITLE:
				setTitle((String)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__VERSION:
				setVersion((Integer)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__RFC:
				setRfc((Boolean)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__TOTAL:
				setTotal((Integer)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__COVER_LETTER:
				setCoverLetter((CoverLetter)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__BASE_COMMIT:
				setBaseCommit((String)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__CHANGE_ID:
				setChangeId((String)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__PREREQUISITE_IDS:
				getPrerequisiteIds().clear();
				getPrerequisiteIds().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__PATCHES:
				getPatches().clear();
				getPatches().addAll((Collection<? extends Patch>)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__DIFFSTAT:
				getDiffstat().clear();
				getDiffstat().addAll((Collection<? extends DiffStatEntry>)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS:
				getReviewComments().clear();
				getReviewComments().addAll((Collection<? extends ReviewComment>)newValue);
				return;
			case MmlensPackage.PATCH_SERIES__DIAGNOSTICS:
				getDiagnostics().clear();
				getDiagnostics().addAll((Collection<? extends Diagnostic>)newValue);
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
			case MmlensPackage.PATCH_SERIES__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__RFC:
				setRfc(RFC_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__COVER_LETTER:
				setCoverLetter((CoverLetter)null);
				return;
			case MmlensPackage.PATCH_SERIES__BASE_COMMIT:
				setBaseCommit(BASE_COMMIT_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__CHANGE_ID:
				setChangeId(CHANGE_ID_EDEFAULT);
				return;
			case MmlensPackage.PATCH_SERIES__PREREQUISITE_IDS:
				getPrerequisiteIds().clear();
				return;
			case MmlensPackage.PATCH_SERIES__SOURCES:
				getSources().clear();
				return;
			case MmlensPackage.PATCH_SERIES__PATCHES:
				getPatches().clear();
				return;
			case MmlensPackage.PATCH_SERIES__DIFFSTAT:
				getDiffstat().clear();
				return;
			case MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS:
				getReviewComments().clear();
				return;
			case MmlensPackage.PATCH_SERIES__DIAGNOSTICS:
				getDiagnostics().clear();
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
			case MmlensPackage.PATCH_SERIES__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MmlensPackage.PATCH_SERIES__VERSION:
				return version != VERSION_EDEFAULT;
			case MmlensPackage.PATCH_SERIES__RFC:
				return rfc != RFC_EDEFAULT;
			case MmlensPackage.PATCH_SERIES__TOTAL:
				return total != TOTAL_EDEFAULT;
			case MmlensPackage.PATCH_SERIES__COVER_LETTER:
				return coverLetter != null;
			case MmlensPackage.PATCH_SERIES__BASE_COMMIT:
				return BASE_COMMIT_EDEFAULT == null ? baseCommit != null : !BASE_COMMIT_EDEFAULT.equals(baseCommit);
			case MmlensPackage.PATCH_SERIES__CHANGE_ID:
				return CHANGE_ID_EDEFAULT == null ? changeId != null : !CHANGE_ID_EDEFAULT.equals(changeId);
			case MmlensPackage.PATCH_SERIES__PREREQUISITE_IDS:
				return prerequisiteIds != null && !prerequisiteIds.isEmpty();
			case MmlensPackage.PATCH_SERIES__SOURCES:
				return sources != null && !sources.isEmpty();
			case MmlensPackage.PATCH_SERIES__PATCHES:
				return patches != null && !patches.isEmpty();
			case MmlensPackage.PATCH_SERIES__DIFFSTAT:
				return diffstat != null && !diffstat.isEmpty();
			case MmlensPackage.PATCH_SERIES__REVIEW_COMMENTS:
				return reviewComments != null && !reviewComments.isEmpty();
			case MmlensPackage.PATCH_SERIES__DIAGNOSTICS:
				return diagnostics != null && !diagnostics.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", version: ");
		result.append(version);
		result.append(", rfc: ");
		result.append(rfc);
		result.append(", total: ");
		result.append(total);
		result.append(", baseCommit: ");
		result.append(baseCommit);
		result.append(", changeId: ");
		result.append(changeId);
		result.append(", prerequisiteIds: ");
		result.append(prerequisiteIds);
		result.append(", sources: ");
		result.append(sources);
		result.append(')');
		return result.toString();
	}

} //PatchSeriesImpl
