package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The event lines recorded with --mmu-events, as the Debian 6.12 kernel prints them. */
class MmuEventsParseTest {

    @Test
    void everyMmuEventKind() throws IOException {
        String text = String.join("\n",
                "          oracle-218     [000] .....     4.715542: sys_enter: NR 9 (0, 10000, 3, 4022, ffffffff, 0)",
                "          oracle-218     [000] .....     4.715547: sys_exit: NR 9 = 140489644793856",
                "          oracle-218     [000] .....     4.715550: sys_exit: NR 11 = -22",
                "          oracle-218     [000] d....     4.715551: page_fault_user: address=0x7fc64b5f6000 ip=0x4019b2 error_code=0x6",
                "          oracle-199     [000] d....     4.322248: page_fault_kernel: address=0x4c33c0 ip=clear_user+0x10/0x40 error_code=0x3",
                "          oracle-198     [000] d..2.     4.323588: sched_switch: prev_comm=oracle prev_pid=198 prev_prio=120 prev_state=S ==> next_comm=kworker/0:1 H next_pid=200 next_prio=120",
                "          oracle-218     [000] .....     4.715759: task_newtask: pid=219 comm=oracle clone_flags=3d0f00 oom_score_adj=0",
                "          oracle-199     [000] .....     4.323074: sched_process_exit: comm=oracle pid=199 prio=120",
                "          oracle-199     [000] .....     4.323074: sched_wakeup: comm=oracle pid=199 prio=120 target_cpu=000",
                "");
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            List<TraceEvent> ev = r.stream().collect(Collectors.toList());
            assertEquals(0, r.diagnosticCount(), r.diagnostics().toString());
            assertEquals(8, ev.size());
            SysEnter in = (SysEnter) ev.get(0);
            assertEquals(9, in.nr());
            assertArrayEquals(new long[] {0, 0x10000, 3, 0x4022, 0xffffffffL, 0}, in.args());
            assertEquals(140489644793856L, ((SysExit) ev.get(1)).ret());
            assertEquals(-22, ((SysExit) ev.get(2)).ret());
            PageFaultUser f = (PageFaultUser) ev.get(3);
            assertEquals(0x7fc64b5f6000L, f.address());
            assertTrue(f.write());
            assertFalse(f.protection());
            PageFaultKernel k = (PageFaultKernel) ev.get(4);
            assertEquals(0x4c33c0, k.address());
            assertEquals(-1, k.ip(), "a symbolic ip is not a number");
            assertTrue(k.write() && k.protection() && k.userAddress());
            SchedSwitch s = (SchedSwitch) ev.get(5);
            assertEquals(198, s.prevPid());
            assertEquals("S", s.prevState());
            assertEquals("kworker/0:1 H", s.nextComm());
            assertEquals(200, s.nextPid());
            TaskNewtask t = (TaskNewtask) ev.get(6);
            assertEquals(219, t.pid());
            assertTrue(t.sharesMm(), "CLONE_VM in 0x3d0f00");
            assertEquals(199, ((SchedProcessExit) ev.get(7)).pid());
            assertEquals(1L, r.otherEvents().get("sched_wakeup"));
        }
    }

    @Test
    void malformedMmuEventsAreDiagnosedNotThrown() throws IOException {
        String text = String.join("\n",
                "  a-1 [000] ..... 1.0: sys_enter: NR x (0)",
                "  a-1 [000] ..... 1.0: sys_exit: NR 9",
                "  a-1 [000] ..... 1.0: page_fault_user: ip=0x1",
                "  a-1 [000] ..... 1.0: task_newtask: pid=2",
                "  a-1 [000] ..... 1.0: sched_switch: prev_comm=a",
                "  a-1 [000] ..... 1.0: sys_exit: NR 9 = 0");
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            assertEquals(1, r.stream().count());
            assertEquals(5, r.diagnosticCount());
        }
    }
}
