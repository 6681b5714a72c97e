package org.khaldun.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.store.EventQuery;
import org.khaldun.store.Queries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khaldun dyads}: actor pairs with event counts and mean Goldstein, busiest first. */
@Command(
    name = "dyads",
    mixinStandardHelpOptions = true,
    description = "Lists actor pairs with event counts and mean Goldstein.")
final class DyadsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD")
  String to;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most N pairs (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    EventQuery range =
        EventQuery.parse(
            from, to, null, null, null, null, null, null, Integer.toString(limit), null);
    List<Queries.DyadRow> rows =
        new Queries(storeOptions.store()).dyads(range.from(), range.to(), limit);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%-10s %-10s %7s %10s  %-10s  %-10s%n",
        "source",
        "target",
        "events",
        "goldstein",
        "first",
        "last");
    for (Queries.DyadRow r : rows) {
      out.printf(
          Locale.ROOT,
          "%-10s %-10s %7d %10.2f  %-10s  %-10s%n",
          r.source(),
          r.target().isEmpty() ? "-" : r.target(),
          r.events(),
          r.meanGoldstein(),
          r.first(),
          r.last());
    }
    out.flush();
    return 0;
  }
}
