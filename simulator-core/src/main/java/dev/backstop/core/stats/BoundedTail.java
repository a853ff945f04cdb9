package dev.backstop.core.stats;

import java.util.Arrays;

/**
 * The {@code capacity} smallest values seen (a primitive max-heap): exactly what type-7 percentiles
 * and CVaRs of a lower tail need, in memory proportional to the tail, not to the path count. The
 * kept multiset does not depend on the order of insertion, so merged results are identical whatever
 * the thread count. For an upper tail, insert negated values. Mutable; not thread-safe.
 */
public final class BoundedTail {
    private final int capacity;
    private double[] heap;
    private int size;

    public BoundedTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.heap = new double[Math.min(capacity, 1024)];
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    public void add(double x) {
        if (size < capacity) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, (int) Math.min(capacity, (long) heap.length * 2));
            }
            heap[size] = x;
            siftUp(size++);
        } else if (x < heap[0]) {
            heap[0] = x;
            siftDown(0);
        }
    }

    /** Adds every value the other tail holds. */
    public void merge(BoundedTail o) {
        for (int i = 0; i < o.size; i++) {
            add(o.heap[i]);
        }
    }

    /** The kept values in ascending order. */
    public double[] sortedAscending() {
        double[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        return out;
    }

    private void siftUp(int i) {
        double x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= x) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private void siftDown(int i) {
        double x = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && heap[right] > heap[child]) {
                child = right;
            }
            if (x >= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
