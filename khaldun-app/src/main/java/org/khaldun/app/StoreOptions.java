package org.khaldun.app;

import java.nio.file.Path;
import org.khaldun.store.Store;
import picocli.CommandLine.Option;

/** Where the event store is. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "khaldun.duckdb",
      description =
          "The event store (DuckDB file; default: ${DEFAULT-VALUE} in the working directory, created on first ingest).")
  Path db;

  Store store() {
    return new Store(db);
  }
}
