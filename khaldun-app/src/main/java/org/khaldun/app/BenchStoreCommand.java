package org.khaldun.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.khaldun.store.EventQuery;
import org.khaldun.store.Queries;
import org.khaldun.store.Store;
import org.khaldun.store.SyntheticStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khaldun bench-store}: builds a synthetic store of N events and measures load time, bytes
 * per event, and the latency of the store's queries (each opening its own read session, as the
 * command line does).
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description =
        "Measures the event store on synthetic data: load time, bytes per event, query latencies.")
final class BenchStoreCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--events",
      defaultValue = "10000000",
      description = "Synthetic events (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "FILE",
      description = "Store to build (reused when it already holds the events).")
  Path db;

  @Option(
      names = "--runs",
      defaultValue = "9",
      description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Store store = new Store(db);
    Queries queries = new Queries(store);
    EventQuery all = EventQuery.parse(null, null, null, null, null, null, null, null, null, null);
    long present = store.exists() ? queries.count(all) : 0;
    if (present != events) {
      if (present != 0) {
        throw new IllegalArgumentException(
            db + " holds " + present + " events, not " + events + "; give a new --db");
      }
      long start = System.nanoTime();
      SyntheticStore.fill(store, events, 20260101L);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "loaded %,d events (with a mention and an article each) in %.1f s: %,.0f events/s%n",
          events,
          seconds,
          events / seconds);
    } else {
      out.printf(Locale.ROOT, "reusing %s with %,d events%n", db, events);
    }
    long bytes = Files.size(db);
    out.printf(
        Locale.ROOT,
        "store size %,d bytes: %.0f bytes per event (event, mention and article rows, indexes)%n",
        bytes,
        (double) bytes / events);
    time(
        out,
        "dyad timeline USA-CHN (all days)",
        () -> queries.timeline("USA", "CHN", null, null).size());
    time(
        out,
        "dyad timeline IRN-ISR, 2020-2022",
        () ->
            queries
                .timeline(
                    "IRN",
                    "ISR",
                    java.time.LocalDate.of(2020, 1, 1),
                    java.time.LocalDate.of(2022, 12, 31))
                .size());
    time(
        out,
        "listing: source IRN, code 04, since 2020, 50 newest",
        () ->
            queries
                .events(
                    EventQuery.parse(
                        "2020-01-01", null, "IRN", null, null, "04", null, null, "50", null))
                .size());
    time(
        out,
        "listing: dyad RUS,UKR, QuadClass 4, 50 newest",
        () ->
            queries
                .events(
                    EventQuery.parse(
                        null, null, null, null, "RUS,UKR", null, "4", null, "50", null))
                .size());
    time(out, "dyads: top 50 pairs", () -> queries.dyads(null, null, 50).size());
    out.flush();
    return 0;
  }

  private void time(PrintWriter out, String name, Supplier<Integer> query) {
    query.get();
    query.get();
    double[] millis = new double[runs];
    int rows = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      rows = query.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    out.printf(
        Locale.ROOT,
        "%-55s median %7.1f ms  max %7.1f ms  (%d rows)%n",
        name,
        millis[runs / 2],
        millis[runs - 1],
        rows);
    out.flush();
  }
}
