package dev.backstop.core.engine;

import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The SplitMix64 sequence of a stream seed (Steele, Lea, Flood 2014), offered as the source from
 * which {@code L64X128MixRandom.split(source)} takes its four state words. Only {@link #nextLong()}
 * is meant to be used; it is a seed source, not a generator to draw from. Mutable; not thread-safe
 * (one per stream creation).
 */
final class SeedSequence implements RandomGenerator.SplittableGenerator {
    private long state;

    SeedSequence(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public SplittableGenerator split() {
        throw new UnsupportedOperationException("a seed sequence is not split");
    }

    @Override
    public SplittableGenerator split(SplittableGenerator source) {
        throw new UnsupportedOperationException("a seed sequence is not split");
    }

    @Override
    public Stream<SplittableGenerator> splits(long streamSize) {
        throw new UnsupportedOperationException("a seed sequence is not split");
    }

    @Override
    public Stream<SplittableGenerator> splits(SplittableGenerator source) {
        throw new UnsupportedOperationException("a seed sequence is not split");
    }

    @Override
    public Stream<SplittableGenerator> splits(long streamSize, SplittableGenerator source) {
        throw new UnsupportedOperationException("a seed sequence is not split");
    }
}
