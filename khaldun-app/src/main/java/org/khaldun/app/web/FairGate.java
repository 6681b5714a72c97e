package org.khaldun.app.web;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * First come, first served admission of API requests: a few that query the store at once, the rest
 * in arrival order. A request whose answer is already cached waits its turn like any other, so that
 * a saturated server keeps every client in one queue, but takes no permit: it is let through as
 * soon as every request before it has been, by whichever thread lets those through. Were it to take
 * a permit, each permit would idle while the scheduler woke the cached request's thread, which on a
 * busy machine takes milliseconds.
 */
final class FairGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
  private int free;

  private static final class Waiter {
    final boolean query;
    final Thread thread = Thread.currentThread();
    volatile boolean admitted;

    Waiter(boolean query) {
      this.query = query;
    }
  }

  FairGate(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("a gate needs at least one permit, not " + permits);
    }
    this.free = permits;
  }

  /**
   * Waits for this request's turn. A {@code query} then holds a permit until it calls {@link
   * #leave}; any other request holds nothing.
   */
  void enter(boolean query) throws InterruptedException {
    Waiter waiter = new Waiter(query);
    lock.lock();
    try {
      queue.addLast(waiter);
      admit();
    } finally {
      lock.unlock();
    }
    while (!waiter.admitted) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        giveUp(waiter);
        throw new InterruptedException();
      }
    }
  }

  /** Returns a query's permit. */
  void leave() {
    lock.lock();
    try {
      free++;
      admit();
    } finally {
      lock.unlock();
    }
  }

  /** Requests waiting for their turn. */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  private void giveUp(Waiter waiter) {
    lock.lock();
    try {
      if (!queue.remove(waiter) && waiter.query) {
        free++; // admitted while being interrupted: the permit is ours to return
      }
      admit();
    } finally {
      lock.unlock();
    }
  }

  private void admit() {
    while (!queue.isEmpty()) {
      Waiter next = queue.peekFirst();
      if (next.query) {
        if (free == 0) {
          return;
        }
        free--;
      }
      queue.pollFirst();
      next.admitted = true;
      LockSupport.unpark(next.thread);
    }
  }
}
