package id.go.spbe.dev.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Stopping process trees: SIGTERM to every process of the tree, wait, then SIGKILL what is left. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** The roots and all their current descendants, descendants first. */
    static List<ProcessHandle> snapshot(Collection<ProcessHandle> roots) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        for (ProcessHandle root : roots) {
            List<ProcessHandle> desc = new ArrayList<>(root.descendants().toList());
            // descendants() is breadth first; reverse it so leaves are signalled before their parents
            for (int i = desc.size() - 1; i >= 0; i--) {
                all.add(desc.get(i));
            }
        }
        all.addAll(roots);
        return new ArrayList<>(all);
    }

    /**
     * Sends SIGTERM to the trees of {@code roots} (descendants first: a shell wrapper such as Keycloak's kc.sh
     * could otherwise die and leave its java child behind), waits up to {@code grace} (or until
     * {@code forceNow} turns true), then kills what is still alive, including descendants that appeared meanwhile.
     *
     * @return the processes that had to be killed
     */
    static List<ProcessHandle> stop(Collection<ProcessHandle> roots, Duration grace, BooleanSupplier forceNow) {
        List<ProcessHandle> tree = snapshot(roots);
        for (ProcessHandle h : tree) {
            h.destroy();
        }
        awaitExit(tree, grace, forceNow);
        List<ProcessHandle> killed = new ArrayList<>();
        List<ProcessHandle> again = snapshot(tree.stream().filter(ProcessHandle::isAlive).toList());
        for (ProcessHandle h : again) {
            if (h.isAlive() && h.destroyForcibly()) {
                killed.add(h);
            }
        }
        awaitExit(again, Duration.ofSeconds(10), () -> false);
        return killed;
    }

    /** Kills the trees at once. */
    static void kill(Collection<ProcessHandle> roots) {
        for (ProcessHandle h : snapshot(roots)) {
            h.destroyForcibly();
        }
    }

    static boolean awaitExit(Collection<ProcessHandle> handles, Duration timeout, BooleanSupplier abort) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean anyAlive = false;
            for (ProcessHandle h : handles) {
                if (h.isAlive()) {
                    anyAlive = true;
                    break;
                }
            }
            if (!anyAlive) {
                return true;
            }
            if (System.nanoTime() > deadline || abort.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
