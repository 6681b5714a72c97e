package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Stages;
import org.khaldun.testkit.Coding;

/** Writing coded articles into DuckDB: events merged across articles, idempotent re-ingest. */
final class StoreWriterIT {
  static final String PHONED =
      "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.";
  static final String RECEIVED =
      "Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Ebrahim Raisi on Wednesday.";
  static final String BY_TELEPHONE =
      "The Saudi crown prince and the Iranian president discussed the war by telephone on Wednesday.";
  static final String BEIJING = "Iran and Saudi Arabia held talks in Beijing on Thursday.";
  static final String TWO_LEADERS =
      "Turkish Foreign Minister Hakan Fidan phoned Ismail Haniyeh and Khaled Mashal on Monday.";

  @TempDir Path dir;

  private Store store() {
    return new Store(dir.resolve("khaldun.duckdb"));
  }

  private static List<Stages.Result> coded(String... texts) {
    List<Stages.Result> results = new ArrayList<>();
    for (String text : texts) {
      results.add(Coding.code(text));
    }
    return results;
  }

  static List<String> rows(Store store, String sql) {
    return StoreRows.rows(store, sql);
  }

  @Test
  void aNewStoreIsCreatedAtTheCurrentSchemaVersion() {
    Store store = store();
    new StoreWriter(store, "run-1").begin("ingest", "test", "fixture");

    assertThat(rows(store, "SELECT max(version) FROM schema_version"))
        .containsExactly(String.valueOf(Store.SCHEMA_VERSION));
    assertThat(rows(store, "SELECT status FROM runs")).containsExactly("running");
  }

  @Test
  void threeArticlesReportingOneCallBecomeOneEventWithThreeArticles() {
    Store store = store();
    StoreWriter writer = new StoreWriter(store, "run-1");

    writer.write(coded(PHONED, RECEIVED, BY_TELEPHONE), List.of());

    assertThat(
            rows(
                store,
                "SELECT date, family, first_actor, second_actor, num_mentions, num_articles, num_sources, cameo FROM events"))
        .containsExactly("2023-10-11|04|IRN|SAU|3|3|3|041");
    assertThat(rows(store, "SELECT count(DISTINCT event_id), count(*) FROM mentions"))
        .containsExactly("1|3");
    assertThat(rows(store, "SELECT first_seen, last_seen FROM events"))
        .containsExactly("2023-10-12|2023-10-13");
  }

  @Test
  void callsToTwoPeopleWithTheSameCodeAreTwoMentionsOfOneEvent() {
    Store store = store();

    new StoreWriter(store, "run-1").write(coded(TWO_LEADERS), List.of());

    assertThat(rows(store, "SELECT source_code, target_name FROM mentions ORDER BY target_start"))
        .containsExactly("TURGOV|Ismail Haniyeh", "TURGOV|Khaled Mashal");
    assertThat(
            rows(store, "SELECT date, first_actor, second_actor, cameo, num_mentions FROM events"))
        .as("a consultation's actor pair is kept in code order")
        .containsExactly("2023-10-16|PSE|TUR|041|2");
  }

  @Test
  void talksAWeekLaterAreAnotherEvent() {
    Store store = store();
    new StoreWriter(store, "run-1").write(coded(PHONED, BEIJING), List.of());

    // Talks in Beijing are CAMEO's meeting at a third location (044).
    assertThat(rows(store, "SELECT date, cameo FROM events ORDER BY date"))
        .containsExactly("2023-10-11|041", "2023-10-19|044");
  }

  @Test
  void reingestingTheSameArticlesChangesNothing() {
    Store store = store();
    new StoreWriter(store, "run-1").write(coded(PHONED, RECEIVED), List.of());
    List<String> before = snapshot(store);

    StoreWriter.BatchResult again =
        new StoreWriter(store, "run-2").write(coded(PHONED, RECEIVED), List.of());

    assertThat(again.stored()).isZero();
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void theSameTextUnderAnotherIdIsTheSameArticle() {
    Store store = store();
    new StoreWriter(store, "run-1").write(coded(PHONED), List.of());
    Stages.Result original = Coding.code(PHONED);
    Article renamed =
        new Article(
            "another-id",
            null,
            null,
            original.annotated().article().published(),
            null,
            original.annotated().article().text());
    Stages.Result copy =
        new Stages.Result(
            new org.khaldun.model.AnnotatedArticle(
                renamed, "fixture", original.annotated().sentences()),
            original.mentions(),
            original.events());

    assertThat(new StoreWriter(store, "run-2").write(List.of(copy), List.of()).skipped())
        .isEqualTo(1);
    assertThat(rows(store, "SELECT article_id FROM articles"))
        .containsExactly(original.annotated().article().id());
  }

  /** {@code text} coded as the article {@code id}, as if read from a file {@code id.txt}. */
  private static Stages.Result as(String id, String text) {
    return Renaming.to(id, Coding.code(text));
  }

  @Test
  void anIdStoredWithAnotherTextIsANewArticleStoredUnderADerivedId() {
    Store store = store();
    new StoreWriter(store, "run-1").write(List.of(as("story", PHONED)), List.of());
    Stages.Result day2 = as("story", BEIJING);
    assertThat(KnownArticles.of(store).test(day2.annotated().article()))
        .as("another text under a known id is new")
        .isTrue();

    StoreWriter.BatchResult result =
        new StoreWriter(store, "run-2").write(List.of(day2), List.of());

    String derived = org.khaldun.dedup.ArticleIds.derived("story", BEIJING);
    assertThat(result.stored()).isEqualTo(1);
    assertThat(result.renamed()).containsExactly(new StoreWriter.Renamed("story", derived));
    assertThat(rows(store, "SELECT article_id, text FROM articles ORDER BY article_id"))
        .containsExactly("story|" + PHONED, derived + "|" + BEIJING);
    assertThat(
            rows(
                store,
                "SELECT DISTINCT m.article_id, e.cameo FROM mentions m JOIN events e USING (event_id) WHERE e.cameo = '044'"))
        .containsExactly(derived + "|044");
    assertThat(
            rows(
                store,
                "SELECT DISTINCT json_extract_string(record, '$.article') FROM mentions ORDER BY 1"))
        .as("each mention's record names the article it is stored under")
        .containsExactly("story", derived);

    List<String> before = snapshot(store);
    assertThat(KnownArticles.of(store).test(day2.annotated().article())).isFalse();
    StoreWriter.BatchResult again =
        new StoreWriter(store, "run-3")
            .write(List.of(as("story", PHONED), as("story", BEIJING)), List.of());
    assertThat(again.stored()).isZero();
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(again.renamed()).isEmpty();
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void inOneRunARepeatedIdWithAnotherTextIsRenamedAndWithTheSameTextSkipped() {
    Store store = store();

    StoreWriter.BatchResult result =
        new StoreWriter(store, "run-1")
            .write(
                List.of(as("story", PHONED), as("story", BEIJING), as("copy", PHONED)), List.of());

    String derived = org.khaldun.dedup.ArticleIds.derived("story", BEIJING);
    assertThat(result.stored()).isEqualTo(2);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(result.renamed()).containsExactly(new StoreWriter.Renamed("story", derived));
    assertThat(result.repeated()).containsExactly(new StoreWriter.Repeated("copy", "story"));
    assertThat(rows(store, "SELECT article_id FROM articles ORDER BY article_id"))
        .containsExactly("story", derived);
  }

  @Test
  void learnedNamesAreKeptWithCodesAndDates() {
    Store store = store();
    new StoreWriter(store, "run-1").write(coded(PHONED, RECEIVED), List.of());

    assertThat(rows(store, "SELECT name, code, first_date, mentions FROM actors ORDER BY name"))
        .contains("Ebrahim Raisi|IRNGOV|2023-10-11|2", "Mohammed bin Salman|SAUGOV|2023-10-11|2");
  }

  @Test
  void rejectsAreRecordedOnceHoweverOftenTheyRecur() {
    Store store = store();
    Rejected bad = new Rejected("feed.jsonl", 3, null, "ingest", "missing \"text\"");
    new StoreWriter(store, "run-1").write(List.of(), List.of(bad));
    new StoreWriter(store, "run-2").write(List.of(), List.of(bad));

    assertThat(rows(store, "SELECT source, line, reason, run_id FROM rejects"))
        .containsExactly("feed.jsonl|3|missing \"text\"|run-1");
  }

  /** Everything but run ids and timestamps: what must not change. */
  static List<String> snapshot(Store store) {
    List<String> all = new ArrayList<>();
    all.addAll(
        rows(
            store,
            "SELECT article_id, content_hash, published, sentences FROM articles ORDER BY article_id"));
    all.addAll(rows(store, "SELECT * FROM mentions ORDER BY mention_id"));
    all.addAll(rows(store, "SELECT * FROM events ORDER BY event_id"));
    all.addAll(rows(store, "SELECT * FROM actors ORDER BY name, code"));
    return all;
  }
}
