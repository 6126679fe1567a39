package io.dudao.integration;

/** A classic token bucket: {@code rate} tokens per second, at most {@code burst} saved up. */
final class TokenBucket {

    private final double rate;
    private final double burst;
    private double tokens;
    private long lastNanos;

    TokenBucket(double rate, double burst, long nowNanos) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** Takes a token; returns 0 when allowed, else the seconds until one is available. */
    synchronized long tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - lastNanos) / 1e9 * rate);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
    }

    synchronized boolean idleSince(long nowNanos, long idleNanos) {
        return nowNanos - lastNanos > idleNanos;
    }
}
