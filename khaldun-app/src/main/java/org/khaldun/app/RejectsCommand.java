package org.khaldun.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.khaldun.model.Rejected;
import org.khaldun.store.StoredRejects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khaldun rejects}: every record ingest rejected, with file, line and reason. */
@Command(
    name = "rejects",
    mixinStandardHelpOptions = true,
    description =
        "Lists the records the store's ingests rejected: file:line: [stage] reason, in file order.")
final class RejectsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--limit", paramLabel = "N", description = "At most N rejects (default: all).")
  Integer limit;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
    }
    StoredRejects rejects = new StoredRejects(storeOptions.store());
    PrintWriter out = spec.commandLine().getOut();
    int page = 10_000;
    int shown = 0;
    int wanted = limit == null ? Integer.MAX_VALUE : limit;
    while (shown < wanted) {
      List<StoredRejects.Row> rows = rejects.list(shown, Math.min(page, wanted - shown));
      for (StoredRejects.Row row : rows) {
        out.println(
            new Rejected(row.source(), row.line(), row.articleId(), row.stage(), row.reason())
                .describe());
      }
      shown += rows.size();
      if (rows.size() < page) {
        break;
      }
    }
    out.flush();
    long total = rejects.count();
    spec.commandLine()
        .getErr()
        .printf(
            java.util.Locale.ROOT,
            "%d reject%s in %s%s%n",
            total,
            total == 1 ? "" : "s",
            storeOptions.db,
            shown < total ? " (" + shown + " shown)" : "");
    return 0;
  }
}
