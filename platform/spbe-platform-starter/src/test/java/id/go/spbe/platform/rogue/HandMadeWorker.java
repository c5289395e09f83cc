package id.go.spbe.platform.rogue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What a service must not do (see {@code SpbeArchitecture.noThreadsOfTheirOwn}): threads of its own. */
public class HandMadeWorker {

    public Thread startThread(Runnable work) {
        Thread thread = new Thread(work, "hand-made");
        thread.start();
        return thread;
    }

    public ExecutorService pool() {
        return Executors.newFixedThreadPool(2);
    }
}
