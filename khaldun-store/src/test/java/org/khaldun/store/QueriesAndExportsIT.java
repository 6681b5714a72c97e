package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.pipeline.Stages;
import org.khaldun.testkit.Coding;

/** Filters, paging, validation and every export format, read back by a real reader. */
final class QueriesAndExportsIT {
  @TempDir static Path dir;
  static Store store;
  static Queries queries;

  @BeforeAll
  static void fill() {
    store = new Store(dir.resolve("khaldun.duckdb"));
    List<Stages.Result> results = new ArrayList<>();
    for (String text :
        List.of(
            StoreWriterIT.PHONED,
            StoreWriterIT.RECEIVED,
            StoreWriterIT.BEIJING,
            "Washington imposed new sanctions on Venezuela on Friday.",
            "Pakistan accused India of violating the ceasefire along the border.",
            "Russian forces launched air strikes on Aleppo on Thursday.",
            "Japan sent humanitarian aid to Myanmar after the earthquake.")) {
      results.add(Coding.code(text));
    }
    new StoreWriter(store, "run").write(results, List.of());
    queries = new Queries(store);
  }

  private static List<String> cameos(EventQuery query) {
    return queries.events(query).stream().map(Queries.EventRow::cameo).toList();
  }

  private static EventQuery query(
      String from,
      String to,
      String source,
      String target,
      String dyad,
      String code,
      String quad,
      String text) {
    return EventQuery.parse(from, to, source, target, dyad, code, quad, text, null, null);
  }

  @Test
  void filtersSelectByActorCodeFamilyQuadDateAndText() {
    assertThat(cameos(query(null, null, "USA", null, null, null, null, null)))
        .containsExactly("163");
    assertThat(cameos(query(null, null, null, "IND", null, null, null, null)))
        .containsExactly("112");
    assertThat(cameos(query(null, null, null, null, "SAU,IRN", null, null, null)))
        .containsExactlyInAnyOrder("041", "044"); // talks in Beijing: a third location
    assertThat(cameos(query(null, null, null, null, null, "04", null, null))).hasSize(2);
    assertThat(cameos(query(null, null, null, null, null, "041", null, null)))
        .containsExactly("041");
    assertThat(cameos(query(null, null, null, null, null, "ASSAULT", null, null)))
        .containsExactly("195");
    // QuadClass 4 is material conflict: roots 15-20, so the sanctions (16) as well as the strikes.
    assertThat(cameos(query(null, null, null, null, null, null, "4", null)))
        .containsExactlyInAnyOrder("195", "163");
    assertThat(cameos(query("2023-10-11", "2023-10-11", null, null, null, null, null, null)))
        .containsExactly("041");
    assertThat(cameos(query(null, null, null, null, null, null, null, "telephone"))).isEmpty();
    assertThat(cameos(query(null, null, null, null, null, null, null, "phone call")))
        .containsExactly("041");
  }

  @Test
  void newestEventsComeFirstAndPagesDoNotOverlap() {
    EventQuery all = EventQuery.parse(null, null, null, null, null, null, null, null, "100", null);
    List<Queries.EventRow> rows = queries.events(all);
    assertThat(queries.count(all)).isEqualTo(rows.size());
    List<LocalDate> dates =
        rows.stream().map(Queries.EventRow::date).filter(d -> d != null).toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    List<String> first =
        queries
            .events(EventQuery.parse(null, null, null, null, null, null, null, null, "2", "0"))
            .stream()
            .map(Queries.EventRow::eventId)
            .toList();
    List<String> second =
        queries
            .events(EventQuery.parse(null, null, null, null, null, null, null, null, "2", "2"))
            .stream()
            .map(Queries.EventRow::eventId)
            .toList();
    assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
  }

  @Test
  void anEventShowsEveryMentionWithItsEvidenceAndOffsets() {
    String id =
        queries.events(query(null, null, null, null, null, "041", null, null)).get(0).eventId();
    Queries.EventDetail detail = queries.event(id).orElseThrow();

    assertThat(detail.mentions()).hasSize(2);
    for (Queries.MentionRow m : detail.mentions()) {
      String text = queries.article(m.articleId()).orElseThrow().text();
      assertThat(text.substring(m.triggerStart(), m.triggerEnd())).isEqualTo(m.triggerText());
      assertThat(m.evidence()).contains(m.triggerText());
    }
    assertThat(queries.event("no-such-event")).isEmpty();
  }

  @Test
  void dyadsAndTimelineAggregate() {
    assertThat(queries.dyads(null, null, 10))
        .anySatisfy(
            d -> {
              assertThat(d.source()).isEqualTo("USA");
              assertThat(d.target()).isEqualTo("VEN");
              assertThat(d.events()).isEqualTo(1);
              assertThat(d.meanGoldstein()).isEqualTo(-8.0);
            });
    List<Queries.DayRow> days = queries.timeline("IRN", "SAU", null, null);
    assertThat(days)
        .extracting(Queries.DayRow::date)
        .containsExactly(LocalDate.of(2023, 10, 11), LocalDate.of(2023, 10, 19));
    assertThat(days.get(0).verbalCooperation()).isEqualTo(1);
  }

  @Test
  void badParametersAreNamedInTheError() {
    assertThatThrownBy(() -> query("2023-13-01", null, null, null, null, null, null, null))
        .hasMessageStartingWith("from:");
    assertThatThrownBy(() -> query("2023-10-12", "2023-10-01", null, null, null, null, null, null))
        .hasMessageStartingWith("from:")
        .hasMessageContaining("after");
    assertThatThrownBy(() -> query(null, null, "XXX", null, null, null, null, null))
        .hasMessageStartingWith("source:")
        .hasMessageContaining("XXX");
    assertThatThrownBy(() -> query(null, null, null, null, "IRN", null, null, null))
        .hasMessageStartingWith("dyad:");
    for (String emptySide : new String[] {",SAU", "SAU,", " ,SAU", ","}) {
      assertThatThrownBy(() -> query(null, null, null, null, emptySide, null, null, null))
          .as(emptySide)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("dyad:");
    }
    assertThatThrownBy(() -> query(null, null, null, null, null, "ABC", null, null))
        .hasMessageStartingWith("code:");
    assertThatThrownBy(() -> query(null, null, null, null, null, null, "5", null))
        .hasMessageStartingWith("quad:");
    assertThatThrownBy(
            () -> EventQuery.parse(null, null, null, null, null, null, null, null, "0", null))
        .hasMessageStartingWith("limit:");
  }

  @Test
  void textSearchTreatsWildcardsLiterally() {
    assertThat(cameos(query(null, null, null, null, null, null, null, "%"))).isEmpty();
  }

  @Test
  void parquetAndCsvReadBackWithDuckDb() throws Exception {
    Exporter exporter = new Exporter(store);
    Path parquet = dir.resolve("events.parquet");
    Path csv = dir.resolve("events.csv");
    long events = exporter.parquet(parquet).events();
    exporter.csv(csv);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*), count(DISTINCT event_id), min(date) FROM read_parquet('"
                  + parquet
                  + "')")) {
        rs.next();
        assertThat(rs.getLong(1))
            .isEqualTo(events)
            .isEqualTo(
                queries.count(
                    EventQuery.parse(null, null, null, null, null, null, null, null, null, null)));
        assertThat(rs.getLong(2)).isEqualTo(events);
        assertThat(rs.getDate(3).toLocalDate()).isEqualTo(LocalDate.of(2023, 10, 11));
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM read_csv('" + csv + "', header = true)")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(events);
      }
    }
  }

  @Test
  void gdeltTablesHaveTheirColumnCounts() throws Exception {
    Exporter.Written written = new Exporter(store).gdelt(dir.resolve("gdelt"));
    Path events = written.files().get(0);
    Path mentions = written.files().get(1);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (Object[] table :
          new Object[][] {{events, 61, written.events()}, {mentions, 16, written.mentions()}}) {
        String read =
            "read_csv('" + table[0] + "', delim = '\\t', header = false, all_varchar = true)";
        try (ResultSet rs =
            s.executeQuery("SELECT count(*) FROM (DESCRIBE SELECT * FROM " + read + ")")) {
          rs.next();
          assertThat(rs.getInt(1)).as("columns of %s", table[0]).isEqualTo((int) table[1]);
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + read)) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo((long) table[2]);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT column01, column26, column28 FROM read_csv('"
                  + events
                  + "', delim = '\\t', header = false, all_varchar = true) WHERE column26 = '041'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("20231011");
        assertThat(rs.getString(3)).isEqualTo("04");
      }
    }
    assertThat(Files.readAllLines(mentions, StandardCharsets.UTF_8))
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
  }

  @Test
  void anExportThatCannotBeWrittenNamesTheFile() throws Exception {
    Path blocked = dir.resolve("blocked");
    Files.createDirectories(
        blocked.resolve("khaldun.export.CSV")); // a directory where the file goes

    assertThatThrownBy(() -> new Exporter(store).gdelt(blocked))
        .isInstanceOf(org.khaldun.StoreException.class)
        .hasMessageContaining("cannot write " + blocked.resolve("khaldun.export.CSV"));
  }

  @Test
  void ploverLinesCarryTypesAndProvenance() throws Exception {
    Path out = dir.resolve("plover.jsonl");
    new Exporter(store).plover(out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("\"event_type\"").contains("\"event_text\""));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("\"event_type\":\"CONSULT\"")
                    .contains("\"mode\":\"phone\""));
  }
}
