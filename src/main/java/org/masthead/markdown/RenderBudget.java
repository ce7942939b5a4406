package org.masthead.markdown;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence around Flexmark, after {@link MarkdownInput} has bounded the text:
 * rendering runs on a few threads with deep stacks and a time budget. Past the budget, or on a
 * stack overflow, the caller gets nothing and renders the plain fallback, so a request never
 * hangs on a hostile text. A render past its budget cannot be stopped (Flexmark does not look at
 * interrupts) but it ends on its own, since its input is bounded; at most {@link #THREADS} of them
 * run at once, whatever the number of callers.
 */
final class RenderBudget {

    static final int THREADS = 4;
    /** Flexmark recurses per nesting level; this stack follows any nesting the input limits allow. */
    private static final long STACK_BYTES = 32L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RenderBudget.class);
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = pool();

    private RenderBudget() {
    }

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(null, task, "markdown-render-" + COUNT.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The result of the work, or empty when it overran the budget or the stack. */
    static <T> Optional<T> run(Callable<T> work, Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            // No time at all: nothing could finish within it, so nothing is started.
            return Optional.empty();
        }
        Future<T> future = POOL.submit(work);
        try {
            return Optional.of(future.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("Rendering took longer than {} ms; showing the text as plain paragraphs instead.", budget.toMillis());
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError || e.getCause() instanceof RuntimeException) {
                log.warn("Rendering failed ({}); showing the text as plain paragraphs instead.", e.getCause().toString());
                return Optional.empty();
            }
            throw new IllegalStateException("Rendering failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
