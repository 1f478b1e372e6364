package mmlens.engine.trace;

/**
 * {@code task:task_newtask}: the task of the header (the parent, in copy_process()) created task
 * {@code pid} with {@code cloneFlags} (CLONE_VM 0x100: the new task shares the parent's mm, a
 * thread or vfork child; without it the child gets a copy, fork).
 */
public record TaskNewtask(EventHeader header, int pid, String comm, long cloneFlags) implements TraceEvent {

    /** CLONE_VM */
    public static final long CLONE_VM = 0x100;
    /** CLONE_THREAD */
    public static final long CLONE_THREAD = 0x10000;

    public boolean sharesMm() {
        return (cloneFlags & CLONE_VM) != 0;
    }
}
