package org.khaldun.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Concurrent clients for a bounded time, each sending one request after another, every request on a
 * new connection. New connections are what hundreds of browsers behind different addresses, or a
 * proxy without keep-alive, bring: each one passes through the server's listen queue, which is
 * where an undersized server makes clients wait for SYN retries (1 s, then 3 s). A plain socket
 * client, because the JDK's client keeps connections alive and cannot be told not to.
 */
final class LoadClients {
  private final URI base;
  private final int clients;

  LoadClients(URI base, int clients) {
    this.base = base;
    this.clients = clients;
  }

  /** What a run saw; latencies in nanoseconds, sorted. */
  record Report(
      int clients, double seconds, List<Long> latencies, int errors, List<String> failures) {
    double perSecond() {
      return latencies.size() / seconds;
    }

    double percentileMillis(double p) {
      if (latencies.isEmpty()) {
        return 0;
      }
      int index = Math.min(latencies.size() - 1, (int) Math.floor(p * latencies.size()));
      return latencies.get(index) / 1e6;
    }

    String line(String mode) {
      return String.format(
          Locale.ROOT,
          "%s: %d clients, %.0f s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p90 %.1f ms,"
              + " p99 %.1f ms, max %.1f ms%n",
          mode,
          clients,
          seconds,
          latencies.size(),
          perSecond(),
          errors,
          percentileMillis(0.50),
          percentileMillis(0.90),
          percentileMillis(0.99),
          latencies.isEmpty() ? 0.0 : latencies.get(latencies.size() - 1) / 1e6);
    }
  }

  /** Runs the clients for {@code seconds}; client i draws its paths from {@code Random(i)}. */
  Report run(int seconds, Function<Random, String> paths) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        running.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    String path = paths.apply(random);
                    long start = System.nanoTime();
                    try {
                      int status = get(path);
                      latencies.add(System.nanoTime() - start);
                      if (status != 200) {
                        errors.incrementAndGet();
                        failures.add(path + " -> " + status);
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                      failures.add(path + " -> " + e);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Report(clients, elapsed, sorted, errors.get(), List.copyOf(failures));
  }

  /** One GET on a new connection, the whole answer read; returns the status. */
  private int get(String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 30_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[16_384];
      StringBuilder head = new StringBuilder();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (head.length() < 12) {
          head.append(new String(buffer, 0, Math.min(n, 12), StandardCharsets.US_ASCII));
        }
      }
      // "HTTP/1.1 200 ..."
      if (head.length() < 12 || !head.toString().startsWith("HTTP/1.1 ")) {
        throw new IOException("no HTTP answer: '" + head + "'");
      }
      return Integer.parseInt(head.substring(9, 12));
    }
  }
}
