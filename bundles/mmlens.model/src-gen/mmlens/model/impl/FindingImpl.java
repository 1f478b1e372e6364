/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.Severity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.FindingImpl#getId <em>Id</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getTrace <em>Trace</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.impl.FindingImpl#getPatches <em>Patches</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends AnnotationImpl implements Finding {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected String scenario = SCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrace() <em>Trace</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrace()
	 * @generated
	 * @ordered
	 */
	protected EList<String> trace;

	/**
	 * The cached value of the '{@link #getHunks() <em>Hunks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Hunk> hunks;

	/**
	 * The cached value of the '{@link #getPatches() <em>Patches</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatches()
	 * @generated
	 * @ordered
	 */
	protected EList<Patch> patches;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(String newScenario) {
		String oldScenario = scenario;
		scenario = newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.FINDING__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTrace() {
		if (trace == null) {
			trace = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.FINDING__TRACE);
		}
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hunk> getHunks() {
		if (hunks == null) {
			hunks = new EObjectResolvingEList<Hunk>(Hunk.class, this, MmlensPackage.FINDING__HUNKS);
		}
		return hunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Patch> getPatches() {
		if (patches == null) {
			patches = new EObjectResolvingEList<Patch>(Patch.class, this, MmlensPackage.FINDING__PATCHES);
		}
		return patches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.FINDING__ID:
				return getId();
			case MmlensPackage.FINDING__KIND:
				return getKind();
			case MmlensPackage.FINDING__SEVERITY:
				return getSeverity();
			case MmlensPackage.FINDING__MESSAGE:
				return getMessage();
			case MmlensPackage.FINDING__SCENARIO:
				return getScenario();
			case MmlensPackage.FINDING__SEED:
				return getSeed();
			case MmlensPackage.FINDING__TRACE:
				return getTrace();
			case MmlensPackage.FINDING__HUNKS:
				return getHunks();
			case MmlensPackage.FINDING__PATCHES:
				return getPatches();
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
			case MmlensPackage.FINDING__ID:
				setId((String)newValue);
				return;
			case MmlensPackage.FINDING__KIND:
				setKind((String)newValue);
				return;
			case MmlensPackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case MmlensPackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case MmlensPackage.FINDING__SCENARIO:
				setScenario((String)newValue);
				return;
			case MmlensPackage.FINDING__SEED:
				setSeed((Long)newValue);
				return;
			case MmlensPackage.FINDING__TRACE:
				getTrace().clear();
				getTrace().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.FINDING__HUNKS:
				getHunks().clear();
				getHunks().addAll((Collection<? extends Hunk>)newValue);
				return;
			case MmlensPackage.FINDING__PATCHES:
				getPatches().clear();
				getPatches().addAll((Collection<? extends Patch>)newValue);
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
			case MmlensPackage.FINDING__ID:
				setId(ID_EDEFAULT);
				return;
			case MmlensPackage.FINDING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmlensPackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case MmlensPackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case MmlensPackage.FINDING__SCENARIO:
				setScenario(SCENARIO_EDEFAULT);
				return;
			case MmlensPackage.FINDING__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case MmlensPackage.FINDING__TRACE:
				getTrace().clear();
				return;
			case MmlensPackage.FINDING__HUNKS:
				getHunks().clear();
				return;
			case MmlensPackage.FINDING__PATCHES:
				getPatches().clear();
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
			case MmlensPackage.FINDING__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MmlensPackage.FINDING__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MmlensPackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case MmlensPackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case MmlensPackage.FINDING__SCENARIO:
				return SCENARIO_EDEFAULT == null ? scenario != null : !SCENARIO_EDEFAULT.equals(scenario);
			case MmlensPackage.FINDING__SEED:
				return seed != SEED_EDEFAULT;
			case MmlensPackage.FINDING__TRACE:
				return trace != null && !trace.isEmpty();
			case MmlensPackage.FINDING__HUNKS:
				return hunks != null && !hunks.isEmpty();
			case MmlensPackage.FINDING__PATCHES:
				return patches != null && !patches.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", severity: ");
		result.append(severity);
		result.append(", message: ");
		result.append(message);
		result.append(", scenario: ");
		result.append(scenario);
		result.append(", seed: ");
		result.append(seed);
		result.append(", trace: ");
		result.append(trace);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
