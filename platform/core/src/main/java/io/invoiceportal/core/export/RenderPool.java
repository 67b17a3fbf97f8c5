package io.invoiceportal.core.export;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that render the entries of archives: one per core, shared by every archive being
 * written, so a few large downloads or export jobs together never use more than the machine's
 * cores for rendering. Each archive keeps only a small window of renders in flight on it
 * ({@link #WINDOW}), so archives interleave instead of queueing behind one another. The threads are
 * daemons and idle ones end after a minute, so the pool needs no shutdown.
 */
final class RenderPool {
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Renders of one archive queued or running at a time: enough to keep every thread busy while the ZIP is written. */
    static final int WINDOW = 2 * THREADS;

    private RenderPool() {}

    static ExecutorService shared() {
        return Holder.POOL;
    }

    private static final class Holder {
        static final ExecutorService POOL = create();

        private static ExecutorService create() {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory threads = task -> {
                Thread thread = new Thread(task, "invoice-render-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), threads);
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
