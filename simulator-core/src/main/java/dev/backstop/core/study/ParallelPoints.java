package dev.backstop.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Evaluates study points concurrently and returns the results in the order of the inputs. Each
 * point's result depends only on its own input (the engine is bit-identical whatever the
 * scheduling), so running points at once changes when they finish, never what they give.
 * Stateless and thread-safe.
 */
public final class ParallelPoints {
    private ParallelPoints() {}

    /**
     * {@code f} applied to every item, at most {@code parallelism} at once, results in input order.
     * The first failure (in input order) is rethrown as it was, after the other points are cancelled.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (items.size() <= 1 || parallelism == 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T t : items) {
                out.add(f.apply(t));
            }
            return out;
        }
        int threads = Math.min(parallelism, items.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "backstop-study-point");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T t : items) {
                futures.add(pool.submit(() -> f.apply(t)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the study was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
