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
import picocli.CommandLine.Parameters;

/**
 * {@code khaldun timeline C1 C2}: events per day between two actors, by QuadClass, with mean
 * Goldstein.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "Daily events between two actors (either direction) by QuadClass.")
final class TimelineCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "C1")
  String first;

  @Parameters(index = "1", paramLabel = "C2")
  String second;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD")
  String to;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    EventQuery query =
        EventQuery.parse(from, to, null, null, first + "," + second, null, null, null, null, null);
    List<Queries.DayRow> days =
        new Queries(storeOptions.store())
            .timeline(query.dyad().get(0), query.dyad().get(1), query.from(), query.to());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%-10s %8s %8s %8s %8s %10s%n",
        "date",
        "verb-coop",
        "mat-coop",
        "verb-confl",
        "mat-confl",
        "goldstein");
    for (Queries.DayRow d : days) {
      out.printf(
          Locale.ROOT,
          "%-10s %8d %8d %8d %8d %10.2f%n",
          d.date(),
          d.verbalCooperation(),
          d.materialCooperation(),
          d.verbalConflict(),
          d.materialConflict(),
          d.meanGoldstein());
    }
    if (days.isEmpty()) {
      out.println(
          "(no dated events between " + query.dyad().get(0) + " and " + query.dyad().get(1) + ")");
    }
    out.flush();
    return 0;
  }
}
