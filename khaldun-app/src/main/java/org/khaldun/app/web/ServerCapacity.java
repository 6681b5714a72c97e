package org.khaldun.app.web;

import java.util.concurrent.Semaphore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How many clients the server takes at once, and how many of them query DuckDB at once.
 *
 * <p>Hundreds of analysts' browsers (or one proxy without keep-alive) open connections faster than
 * a busy server accepts them. The JDK's default listen queue holds 50; past that the kernel drops
 * the SYN and the client waits for its retry, 1 s and then 3 s later, which is what made p99
 * eighteen times p50 under 200 clients. The queue is sized for hundreds (the kernel caps it at
 * {@code net.core.somaxconn}, 4096 on current Linux).
 *
 * <p>Every request in flight holds a Jetty thread, mostly parked at the gate below, so the pool has
 * room for hundreds; a parked thread costs memory, not CPU.
 *
 * <p>DuckDB already spreads one query over every core, so more queries at once than cores only make
 * them all slower together, and hundreds of busy threads starve the acceptor and the requests that
 * need no query (cached answers, the UI's files). A fair gate lets one query per core run and
 * queues the rest first come, first served, so no client waits behind later ones.
 */
final class ServerCapacity {
  /** Connections the kernel completes and holds while the server is busy. */
  static final int ACCEPT_QUEUE = 1024;

  /** Requests in progress at once; more wait in Jetty's queue, in order. */
  static final int MAX_THREADS = 512;

  private static final int MIN_THREADS = 16;
  private static final int IDLE_MILLIS = 60_000;

  private ServerCapacity() {}

  static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_MILLIS);
    pool.setName("khaldun-web");
    return pool;
  }

  static ServerConnector connector(Server server, HttpConfiguration http, String host, int port) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    return connector;
  }

  /** The gate before DuckDB: one query per core, waiting queries served in arrival order. */
  static Semaphore queryGate() {
    return new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
  }
}
