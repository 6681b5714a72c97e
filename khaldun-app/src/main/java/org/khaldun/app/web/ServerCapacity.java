package org.khaldun.app.web;

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
 * the SYN and the client waits for its retry, 1 s, 3 s and 7 s later, which made the slowest
 * requests under hundreds of clients take tens of seconds. The queue is sized for hundreds (the
 * kernel caps it at {@code net.core.somaxconn}, 4096 on current Linux).
 *
 * <p>Every request in flight holds a Jetty thread, mostly parked at the gate below, so the pool has
 * room for hundreds; a parked thread costs memory, not CPU.
 *
 * <p>DuckDB already spreads one query over every core, so hundreds of queries at once only make
 * them all slower together, and hundreds of busy threads starve the acceptor. A fair gate lets a
 * few answers per core be worked on at once and queues the rest first come, first served. A few
 * rather than one: a query also waits (on JDBC, on DuckDB's workers), and on a shared machine fewer
 * runnable threads get a smaller share of the cores.
 *
 * <p>Every API request passes the gate, cached answers too. A saturated server has as many waiting
 * requests as clients; an answer let past the queue only brings its client back sooner, and then
 * the clients that needed a query wait for the whole queue each time while the others do not: the
 * slowest hundredth waited thirty to a hundred times the median. In one queue every client waits
 * about as long as any other; a cached answer takes no permit, so when the server is not saturated
 * it waits for nothing (docs/PERFORMANCE.md, web server under load). The UI's static files stay
 * outside: a browser needs them before it can ask anything.
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

  /** The gate before the answers: four queries per core at once, requests in arrival order. */
  static FairGate gate() {
    return new FairGate(4 * Runtime.getRuntime().availableProcessors());
  }
}
