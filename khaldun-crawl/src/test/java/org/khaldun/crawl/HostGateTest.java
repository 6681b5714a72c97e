package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostGateTest {
  @Test
  void oneRequestPerHostAtATimeEvenFromManyThreads() throws Exception {
    HostGate gate = new HostGate(Duration.ofMillis(20));
    AtomicInteger inside = new AtomicInteger();
    List<Integer> most = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          pool.submit(
              () ->
                  gate.call(
                      URI.create("http://news.example/" + Math.random()),
                      () -> {
                        most.add(inside.incrementAndGet());
                        Thread.sleep(5);
                        inside.decrementAndGet();
                        return null;
                      })));
    }
    for (Future<?> call : calls) {
      call.get();
    }
    pool.shutdown();
    assertThat(most).hasSize(8).containsOnly(1);
  }

  @Test
  void otherHostsDoNotWaitForTheDelay() throws Exception {
    HostGate gate = new HostGate(Duration.ofSeconds(5));
    long start = System.nanoTime();
    gate.call(URI.create("http://a.example/"), () -> null);
    gate.call(URI.create("http://b.example/"), () -> null);
    gate.call(URI.create("https://a.example/"), () -> null); // another origin: another scheme
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(2).toNanos());
  }

  @Test
  void theSameHostWaitsForTheDelayAfterTheLastRequestEnded() throws Exception {
    HostGate gate = new HostGate(Duration.ofMillis(200));
    gate.call(URI.create("http://a.example/1"), () -> null);
    long start = System.nanoTime();
    gate.call(URI.create("http://A.example:80/2"), () -> null);
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(190).toNanos());
  }
}
