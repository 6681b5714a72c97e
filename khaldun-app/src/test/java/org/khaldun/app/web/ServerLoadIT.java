package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.khaldun.store.Store;
import org.khaldun.testkit.SuppressForbidden;

/**
 * Concurrent clients on loopback, each request on a new connection, asking varied questions for a
 * bounded time: no request may fail. Latencies and the kernel's listen-queue overflows are appended
 * to target/load-test.txt, not asserted, since a shared machine's timing is noise.
 *
 * <p>By default the seeds store with 50 clients for 10 s, with and without the answer cache. The
 * figures of docs/PERFORMANCE.md come from the environment: KHALDUN_LOAD_SECONDS (duration),
 * KHALDUN_LOAD_CLIENTS (clients), KHALDUN_LOAD_DB (a store to serve in this JVM, e.g. one built by
 * {@code khaldun bench-store}) or KHALDUN_LOAD_URL (a server already running, e.g. {@code khaldun
 * serve} in another process).
 */
final class ServerLoadIT {
  @SuppressForbidden(reason = "the load is chosen by whoever runs the test")
  private static String setting(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int number(String name, int fallback, int max) {
    String value = setting(name);
    return value == null ? fallback : Math.max(1, Math.min(max, Integer.parseInt(value)));
  }

  private static int seconds() {
    return number("KHALDUN_LOAD_SECONDS", 10, 300);
  }

  private static int clients() {
    return number("KHALDUN_LOAD_CLIENTS", 50, 2000);
  }

  private static Path database() throws Exception {
    String db = setting("KHALDUN_LOAD_DB");
    return db == null ? SeedsStore.get() : Path.of(db);
  }

  @Test
  void clientsGetAnswersWithoutErrorsFromTheCache() throws Exception {
    String url = setting("KHALDUN_LOAD_URL");
    if (url != null) {
      report(load(URI.create(url)), "server at " + url);
      return;
    }
    try (WebServer server = new WebServer(new Store(database())).start("127.0.0.1", 0)) {
      report(load(base(server)), "cached answers (the default)");
    }
  }

  @Test
  void clientsGetAnswersWithoutErrorsFromTheStoreItself() throws Exception {
    if (setting("KHALDUN_LOAD_URL") != null) {
      return; // the server's own settings decide its cache
    }
    try (WebServer server = new WebServer(new Store(database()), 0).start("127.0.0.1", 0)) {
      report(load(base(server)), "no cache: every answer queries DuckDB");
    }
  }

  private static URI base(WebServer server) {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  private static LoadClients.Report load(URI base) throws Exception {
    VariedRequests requests = VariedRequests.of(base);
    long overflowsBefore = ListenQueue.overflows();
    LoadClients.Report report = new LoadClients(base, clients()).run(seconds(), requests);
    overflows = overflowsBefore < 0 ? -1 : ListenQueue.overflows() - overflowsBefore;
    return report;
  }

  private static long overflows;

  private static void report(LoadClients.Report report, String mode) throws Exception {
    appendToReport(report.line(mode));
    appendToReport(
        String.format(
            Locale.ROOT,
            "  listen-queue overflows during the run (whole machine): %s%n",
            overflows < 0 ? "unknown" : Long.toString(overflows)));
    assertThat(report.errors())
        .as("failed requests: %s", report.failures().stream().limit(5).toList())
        .isZero();
    assertThat(report.latencies()).isNotEmpty();
  }

  private static void appendToReport(String text) throws Exception {
    Files.writeString(
        Path.of("target", "load-test.txt"),
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The kernel's count of connections dropped because a listen queue was full (Linux only). */
  static final class ListenQueue {
    private ListenQueue() {}

    /** The count, or -1 where the kernel does not tell. */
    static long overflows() throws Exception {
      Path netstat = Path.of("/proc/net/netstat");
      if (!Files.isReadable(netstat)) {
        return -1;
      }
      List<String> lines = Files.readAllLines(netstat, StandardCharsets.US_ASCII);
      for (int i = 0; i + 1 < lines.size(); i++) {
        String[] names = lines.get(i).split("\\s+");
        String[] values = lines.get(i + 1).split("\\s+");
        if (names[0].equals("TcpExt:") && values[0].equals("TcpExt:")) {
          for (int k = 1; k < names.length && k < values.length; k++) {
            if (names[k].equals("ListenOverflows")) {
              return Long.parseLong(values[k]);
            }
          }
        }
      }
      return -1;
    }
  }
}
