package org.khaldun.app;

/** Samples the heap in use on a daemon thread and remembers the largest value seen. */
final class HeapSampler {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {
    thread = new Thread(this::sample, "khaldun-heap-sampler");
    thread.setDaemon(true);
  }

  static HeapSampler start() {
    HeapSampler sampler = new HeapSampler();
    sampler.thread.start();
    return sampler;
  }

  private void sample() {
    Runtime runtime = Runtime.getRuntime();
    while (running) {
      peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops sampling and returns the peak in bytes. */
  long stop() throws InterruptedException {
    running = false;
    thread.join();
    return peak;
  }
}
