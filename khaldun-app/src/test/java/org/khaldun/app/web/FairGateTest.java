package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Requests pass in arrival order; queries hold permits, cached answers only wait their turn. */
final class FairGateTest {
  /** A request entering the gate on a thread of its own. */
  private static final class Request {
    final CountDownLatch through = new CountDownLatch(1);
    final Thread thread;

    Request(FairGate gate, boolean query) {
      thread =
          new Thread(
              () -> {
                try {
                  gate.enter(query);
                  through.countDown();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      thread.start();
    }

    boolean through() {
      return through.getCount() == 0;
    }

    void awaitThrough() throws InterruptedException {
      through.await();
    }
  }

  private static void awaitWaiting(FairGate gate, int requests) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (gate.waiting() != requests && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(gate.waiting()).as("requests waiting").isEqualTo(requests);
  }

  @Test
  void aCachedAnswerWaitsForTheQueryBeforeItButTakesNoPermit() throws Exception {
    FairGate gate = new FairGate(1);
    gate.enter(true);
    Request query = new Request(gate, true);
    awaitWaiting(gate, 1);
    Request cached = new Request(gate, false);
    awaitWaiting(gate, 2);

    assertThat(cached.through()).as("past the query that came first").isFalse();

    gate.leave();
    query.awaitThrough();
    cached.awaitThrough(); // while the query holds the only permit
    Request later = new Request(gate, true);
    awaitWaiting(gate, 1);
    assertThat(later.through()).isFalse();
    gate.leave();
    later.awaitThrough();
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aCachedAnswerWithNobodyBeforeItNeedsNoFreePermit() throws Exception {
    FairGate gate = new FairGate(1);
    gate.enter(true);

    Request cached = new Request(gate, false);

    cached.awaitThrough();
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void queriesPassInTheOrderTheyCame() throws Exception {
    FairGate gate = new FairGate(1);
    gate.enter(true);
    Request first = new Request(gate, true);
    awaitWaiting(gate, 1);
    Request second = new Request(gate, true);
    awaitWaiting(gate, 2);

    gate.leave();
    first.awaitThrough();
    assertThat(second.through()).isFalse();
    gate.leave();
    second.awaitThrough();
  }

  @Test
  void aRequestInterruptedWhileWaitingLeavesTheQueue() throws Exception {
    FairGate gate = new FairGate(1);
    gate.enter(true);
    Request query = new Request(gate, true);
    awaitWaiting(gate, 1);

    query.thread.interrupt();
    query.thread.join();

    assertThat(query.through()).isFalse();
    assertThat(gate.waiting()).isZero();
    gate.leave();
    Request next = new Request(gate, true);
    next.awaitThrough(); // the interrupted request took no permit
  }
}
