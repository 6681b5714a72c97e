package org.khaldun.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request to an origin (scheme, host, port) at a time, and at least the
 * origin's delay between the end of one and the start of the next. The delay is the configured one,
 * or a longer robots.txt {@code Crawl-delay}. Thread-safe.
 */
final class HostGate {
  /** Work done while holding an origin. */
  @FunctionalInterface
  interface Request<T> {
    T run() throws java.io.IOException, InterruptedException;
  }

  private final Duration delay;
  private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

  HostGate(Duration delay) {
    this.delay = delay;
  }

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextStart = Long.MIN_VALUE;
    volatile long delayNanos;

    Slot(long delayNanos) {
      this.delayNanos = delayNanos;
    }
  }

  /** Lengthens the delay of {@code origin} to what its robots.txt asks (never shortens it). */
  void crawlDelay(String origin, Duration asked) {
    Duration capped =
        asked.compareTo(CrawlConfig.MAX_CRAWL_DELAY) > 0 ? CrawlConfig.MAX_CRAWL_DELAY : asked;
    Slot slot = slot(origin);
    slot.delayNanos = Math.max(delay.toNanos(), capped.toNanos());
  }

  /** Runs {@code request} when {@code url}'s origin is free and its delay has passed. */
  <T> T call(URI url, Request<T> request) throws java.io.IOException, InterruptedException {
    Slot slot = slot(Urls.origin(url));
    slot.lock.lockInterruptibly();
    try {
      long wait = slot.nextStart - System.nanoTime();
      if (slot.nextStart != Long.MIN_VALUE && wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      try {
        return request.run();
      } finally {
        slot.nextStart = System.nanoTime() + slot.delayNanos;
      }
    } finally {
      slot.lock.unlock();
    }
  }

  private Slot slot(String origin) {
    return slots.computeIfAbsent(origin, o -> new Slot(delay.toNanos()));
  }
}
