package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.khaldun.store.Store;
import org.khaldun.testkit.SuppressForbidden;

/**
 * 50 concurrent clients on loopback against the seeds store, for a bounded time (10 s here;
 * KHALDUN_LOAD_SECONDS sets it, 30 for the figures in docs/PERFORMANCE.md), with and without the
 * answer cache: no request may fail. Latencies are appended to target/load-test.txt, not asserted.
 */
final class ServerLoadIT {
  private static final int CLIENTS = 50;

  @SuppressForbidden(reason = "the load test's duration is chosen by whoever runs it")
  private static int seconds() {
    String value = System.getenv("KHALDUN_LOAD_SECONDS");
    return value == null ? 10 : Math.max(1, Math.min(120, Integer.parseInt(value)));
  }

  @Test
  void fiftyClientsGetAnswersWithoutErrorsFromTheCache() throws Exception {
    load(new WebServer(new Store(SeedsStore.get())), "cached answers (the default)");
  }

  @Test
  void fiftyClientsGetAnswersWithoutErrorsFromTheStoreItself() throws Exception {
    load(new WebServer(new Store(SeedsStore.get()), 0), "no cache: every answer queries DuckDB");
  }

  private static void load(WebServer unstarted, String mode) throws Exception {
    try (WebServer server = unstarted.start("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String eventId =
          com.fasterxml.jackson.databind.json.JsonMapper.builder()
              .build()
              .readTree(
                  http.send(
                          HttpRequest.newBuilder(URI.create(base + "/api/events?limit=1")).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .get("events")
              .get(0)
              .get("id")
              .asText();
      List<String> paths =
          List.of(
              "/api/events",
              "/api/events?dyad=IRN,TUR",
              "/api/events?code=04&limit=20",
              "/api/events?text=phone",
              "/api/events/" + eventId,
              "/api/stats",
              "/api/dyads",
              "/api/timeline?source=IRN&target=ISR",
              "/api/actors",
              "/api/articles/000_c2a19443fc8fa184",
              "/",
              "/app.js");
      long end = System.nanoTime() + seconds() * 1_000_000_000L;
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      java.util.Map<String, List<Long>> byPath = new java.util.concurrent.ConcurrentHashMap<>();
      AtomicInteger errors = new AtomicInteger();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      long started = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        Random random = new Random(c);
        running.add(
            clients.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    String path = paths.get(random.nextInt(paths.size()));
                    long start = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          http.send(
                              HttpRequest.newBuilder(URI.create(base + path))
                                  .timeout(Duration.ofSeconds(30))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      long took = System.nanoTime() - start;
                      latencies.add(took);
                      byPath
                          .computeIfAbsent(
                              path, p -> Collections.synchronizedList(new ArrayList<>()))
                          .add(took);
                      if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                        failures.add(path + " -> " + response.statusCode() + " " + response.body());
                      }
                    } catch (Exception e) {
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
      clients.shutdown();
      double elapsed = (System.nanoTime() - started) / 1e9;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      String report =
          String.format(
              Locale.ROOT,
              "%s%n%d clients, %.0f s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
              mode,
              CLIENTS,
              elapsed,
              sorted.size(),
              sorted.size() / elapsed,
              errors.get(),
              percentile(sorted, 0.50),
              percentile(sorted, 0.90),
              percentile(sorted, 0.99),
              sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
      StringBuilder full = new StringBuilder(report);
      for (String path : paths) {
        List<Long> times = new ArrayList<>(byPath.getOrDefault(path, List.of()));
        Collections.sort(times);
        full.append(
            String.format(
                Locale.ROOT,
                "  %-45s %5d requests, p50 %6.1f ms, p99 %6.1f ms%n",
                path.startsWith("/api/events/e") ? "/api/events/{id}" : path,
                times.size(),
                percentile(times, 0.50),
                percentile(times, 0.99)));
      }
      Files.writeString(
          Path.of("target", "load-test.txt"),
          full,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      assertThat(errors.get())
          .as("failed requests: %s", failures.stream().limit(5).toList())
          .isZero();
      assertThat(sorted).isNotEmpty();
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
  }
}
