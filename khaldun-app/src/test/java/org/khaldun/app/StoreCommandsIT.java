package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.testkit.SyntheticCorpus;

/**
 * The store commands end to end: ingest, events, event, dyads, timeline, export, and bad
 * parameters.
 */
final class StoreCommandsIT {
  @TempDir static Path work;
  static String db;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path articles = work.resolve("articles.jsonl");
    SyntheticCorpus.write(articles, work.resolve("cache"), 40);
    db = work.resolve("store.duckdb").toString();
    Result result =
        run(
            "ingest",
            articles.toString(),
            "--db",
            db,
            "--cache",
            work.resolve("cache").toString(),
            "--recode",
            "--no-progress");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.err()).contains("stored 40 articles");
  }

  @Test
  void ingestingAgainStoresNothingNew() {
    Result again =
        run(
            "ingest",
            work.resolve("articles.jsonl").toString(),
            "--db",
            db,
            "--cache",
            work.resolve("cache").toString(),
            "--recode",
            "--no-progress");

    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("stored 0 articles").contains("40 already stored and skipped");
  }

  @Test
  void eventsListAndShowOne() {
    Result table = run("events", "--db", db, "--dyad", "IRN,SAU");
    assertThat(table.status()).as(table.err()).isZero();
    assertThat(table.out()).contains("041 Discuss by telephone");
    String id =
        table
            .out()
            .lines()
            .filter(l -> l.contains("041"))
            .findFirst()
            .orElseThrow()
            .replaceAll(".*\\s(e[0-9a-f]{16})\\s.*", "$1");

    Result one = run("event", id, "--db", db);
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(one.out()).contains("event " + id).contains("mention").contains("trigger");

    Result jsonl = run("events", "--db", db, "--code", "CONSULT", "--format", "jsonl");
    assertThat(jsonl.out().lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("\"num_mentions\"").contains("\"event_id\""));
    Result csv = run("events", "--db", db, "--format", "csv", "--limit", "3");
    assertThat(csv.out().lines().toList())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("event_id,date,source");
  }

  @Test
  void dyadsAndTimeline() {
    assertThat(run("dyads", "--db", db).out()).contains("IRN").contains("goldstein");
    assertThat(run("timeline", "IRN", "SAU", "--db", db).out()).contains("2023-10-11");
  }

  @Test
  void exportsWriteFiles() throws Exception {
    assertThat(
            run(
                    "export",
                    "--db",
                    db,
                    "--format",
                    "gdelt",
                    "--out",
                    work.resolve("gdelt").toString())
                .status())
        .isZero();
    assertThat(Files.readAllLines(work.resolve("gdelt/khaldun.export.CSV")).get(0).split("\t", -1))
        .hasSize(61);
    assertThat(
            run(
                    "export",
                    "--db",
                    db,
                    "--format",
                    "parquet",
                    "--out",
                    work.resolve("e.parquet").toString())
                .status())
        .isZero();
    assertThat(Files.size(work.resolve("e.parquet"))).isPositive();
    assertThat(
            run("export", "--db", db, "--format", "xml", "--out", work.resolve("x").toString())
                .status())
        .isEqualTo(2);
  }

  @Test
  void badParametersExitWithTwoAndAClearMessage() {
    Result country = run("events", "--db", db, "--source", "ZZZ");
    assertThat(country.status()).isEqualTo(2);
    assertThat(country.err()).contains("source: unknown country or organisation code 'ZZZ'");
    Result date = run("events", "--db", db, "--from", "2023-02-30");
    assertThat(date.status()).isEqualTo(2);
    assertThat(date.err()).contains("from: not a YYYY-MM-DD date");
    Result range = run("events", "--db", db, "--from", "2024-01-02", "--to", "2024-01-01");
    assertThat(range.status()).isEqualTo(2);
    assertThat(range.err()).contains("is after");
    assertThat(run("events", "--db", db, "--quad", "7").status()).isEqualTo(2);
    assertThat(run("event", "nope", "--db", db).status()).isEqualTo(2);
    Result missing = run("events", "--db", work.resolve("absent.duckdb").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("no event store at");
  }

  @Test
  void exportToStandardOutputWritesTheRecordsThere() {
    Result plover = run("export", "--db", db, "--format", "plover", "--out", "-");

    assertThat(plover.status()).as(plover.err()).isZero();
    assertThat(plover.out().lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
    assertThat(plover.err()).contains("to standard output");
    Result gdelt = run("export", "--db", db, "--format", "gdelt", "--out", "-");
    assertThat(gdelt.status()).isEqualTo(2);
    assertThat(gdelt.err()).contains("--out DIR");
  }

  @Test
  void anExportThatCannotWriteSaysSoAndNotThatReadingFailed() throws Exception {
    Path file = Files.writeString(work.resolve("a-file"), "not a directory");
    Result csv =
        run("export", "--db", db, "--format", "csv", "--out", file.resolve("e.csv").toString());

    assertThat(csv.status()).isEqualTo(1);
    assertThat(csv.err()).contains("cannot write").doesNotContain("reading");
  }

  @Test
  void everyRejectIsListedByTheRejectsCommandWhileTheConsoleShowsTheFirstFive() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 7; i++) {
      lines.append("{\"id\":\"uncached-").append(i).append("\",\"text\":\"Text ").append(i);
      lines.append(" was never parsed.\"}\n");
    }
    Path articles = Files.writeString(work.resolve("uncached.jsonl"), lines);
    String fresh = work.resolve("rejects.duckdb").toString();

    Result ingest =
        run(
            "ingest",
            articles.toString(),
            "--db",
            fresh,
            "--cache",
            work.resolve("cache").toString(),
            "--recode",
            "--no-progress");

    assertThat(ingest.status()).as("nothing could be coded: bad input").isEqualTo(2);
    assertThat(ingest.err()).contains("rejected 7 records").contains("... and 2 more");
    assertThat(ingest.err().lines().filter(l -> l.contains("uncached.jsonl:"))).hasSize(5);
    Result listed = run("rejects", "--db", fresh);
    assertThat(listed.status()).as(listed.err()).isZero();
    assertThat(listed.out().lines().toList())
        .hasSize(7)
        .allSatisfy(line -> assertThat(line).contains(articles + ":"));
    assertThat(listed.out().lines().toList().get(6)).contains("uncached.jsonl:7:");
  }

  @Test
  void ingestOfOnlyAMissingPathExitsTwo() {
    Result missing =
        run(
            "ingest",
            work.resolve("nowhere.txt").toString(),
            "--db",
            work.resolve("missing.duckdb").toString(),
            "--no-progress");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
  }

  @Test
  void aDyadWithAnEmptySideIsBadInputNamingTheOption() {
    Result empty = run("events", "--db", db, "--dyad", ",SAU");
    assertThat(empty.status()).as(empty.err()).isEqualTo(2);
    assertThat(empty.err()).contains("dyad: expected two actor codes").doesNotContain("Exception");
  }

  @Test
  void serveOnAnImpossibleOrTakenPortSaysWhyInsteadOfFailingUnexpectedly() throws Exception {
    Result impossible = run("serve", "--db", db, "--port", "70000");
    assertThat(impossible.status()).isEqualTo(2);
    assertThat(impossible.err()).contains("--port must be between 0 and 65535");

    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Result busy = run("serve", "--db", db, "--port", Integer.toString(taken.getLocalPort()));
      assertThat(busy.status()).isEqualTo(1);
      assertThat(busy.err())
          .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("unexpected");
    }
  }
}
