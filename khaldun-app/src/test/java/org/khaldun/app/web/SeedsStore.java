package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.khaldun.app.Main;
import org.khaldun.testkit.Shared;

/**
 * A store holding the four seed reports, ingested once per test JVM with the real pipeline
 * (CoreNLP). Tests that need it skip where ../shared is absent.
 */
final class SeedsStore {
  private static Path database;

  private SeedsStore() {}

  static synchronized Path get() throws IOException {
    if (database == null) {
      Path shared = Shared.require();
      Path dir = Files.createTempDirectory("khaldun-seeds-store");
      Path db = dir.resolve("seeds.duckdb");
      StringWriter err = new StringWriter();
      int status =
          Main.execute(
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true),
              "ingest",
              shared.resolve("corpus/seeds.jsonl").toString(),
              "--db",
              db.toString(),
              "--cache",
              dir.resolve("cache").toString(),
              "--no-progress");
      assertThat(status).as(err.toString()).isZero();
      database = db;
    }
    return database;
  }
}
