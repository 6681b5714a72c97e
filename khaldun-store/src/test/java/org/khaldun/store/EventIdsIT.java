package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.dedup.Event;
import org.khaldun.dedup.WindowDeduplicator;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Stages;
import org.khaldun.testkit.Coding;

/** The same articles stored in any order, batch size or concurrency give the same events. */
final class EventIdsIT {
  private static final List<String> TEXTS =
      List.of(
          StoreWriterIT.PHONED,
          StoreWriterIT.RECEIVED,
          StoreWriterIT.BY_TELEPHONE,
          StoreWriterIT.BEIJING,
          StoreWriterIT.TWO_LEADERS);
  private static final LocalDate DAY = LocalDate.of(2023, 10, 1);

  @TempDir Path dir;

  /**
   * Reports of a few dyads on nearby days, so that mentions chain across days and groupings could
   * depend on which came first.
   */
  private static List<Stages.Result> reports(int count) {
    Random random = new Random(17);
    List<Stages.Result> reports = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String id = "r" + n;
      LocalDate date = DAY.plusDays(random.nextInt(12));
      DateBasis basis = random.nextInt(4) == 0 ? DateBasis.PUBLISHED : DateBasis.TEXT;
      Stages.Result coded = Coding.code(TEXTS.get(random.nextInt(TEXTS.size())));
      Article a = coded.annotated().article();
      Article article =
          new Article(
              id,
              null,
              "outlet" + random.nextInt(3),
              date.plusDays(random.nextInt(2)),
              null,
              a.text() + " (" + id + ")");
      List<CodedEvent> events = new ArrayList<>();
      for (CodedEvent e : coded.events()) {
        events.add(e.withDate(date, basis, DatePrecision.DAY));
      }
      Stages.Result dated =
          new Stages.Result(
              new AnnotatedArticle(article, "fixture", coded.annotated().sentences()),
              coded.mentions(),
              events);
      reports.add(Renaming.to(id, dated));
    }
    return reports;
  }

  private static List<String> events(Store store) {
    List<String> all = new ArrayList<>();
    all.addAll(
        StoreWriterIT.rows(
            store,
            "SELECT event_id, event_seq, date, cameo, first_actor, second_actor, source_code, target_code,"
                + " num_mentions, num_articles, num_sources, first_seen, last_seen, representative"
                + " FROM events ORDER BY event_id"));
    all.addAll(
        StoreWriterIT.rows(store, "SELECT mention_id, event_id FROM mentions ORDER BY mention_id"));
    all.addAll(StoreWriterIT.rows(store, "SELECT * FROM actors ORDER BY name, code"));
    return all;
  }

  private Store inBatches(String name, List<Stages.Result> reports, int size) {
    Store store = new Store(dir.resolve(name + ".duckdb"));
    for (int i = 0; i < reports.size(); i += size) {
      new StoreWriter(store, name + i)
          .write(reports.subList(i, Math.min(reports.size(), i + size)), List.of());
    }
    return store;
  }

  @Test
  void anyOrderBatchSizeOrConcurrencyGivesTheSameEventsWithTheSameIds() throws Exception {
    List<Stages.Result> reports = reports(40);
    List<String> expected = events(inBatches("whole", reports, reports.size()));

    List<Stages.Result> reversed = new ArrayList<>(reports);
    Collections.reverse(reversed);
    assertThat(events(inBatches("reversed", reversed, 1))).isEqualTo(expected);
    Random random = new Random(3);
    for (int size : new int[] {2, 3, 7}) {
      List<Stages.Result> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      assertThat(events(inBatches("shuffled" + size, shuffled, size)))
          .as("shuffled, in batches of %d", size)
          .isEqualTo(expected);
    }

    Store concurrent = new Store(dir.resolve("concurrent.duckdb"));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int half = 0; half < 2; half++) {
        List<Stages.Result> mine = new ArrayList<>();
        for (int i = half; i < reports.size(); i += 2) {
          mine.add(reports.get(i));
        }
        StoreWriter writer = new StoreWriter(concurrent, "run-" + half);
        runs.add(
            two.submit(
                () -> {
                  for (int i = 0; i < mine.size(); i += 2) {
                    writer.write(mine.subList(i, Math.min(mine.size(), i + 2)), List.of());
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      two.shutdown();
    }
    assertThat(events(concurrent)).isEqualTo(expected);
  }

  @Test
  void theStoreGroupsMentionsAsTheInMemoryDeduplicatorDoes() {
    List<Stages.Result> reports = reports(40);
    List<CodedEvent> mentions = new ArrayList<>();
    reports.forEach(result -> mentions.addAll(result.events()));
    Set<String> expected = new TreeSet<>();
    for (Event event : new WindowDeduplicator().merge(mentions)) {
      Set<String> ids = new TreeSet<>();
      event.mentions().forEach(m -> ids.add(EventJson.id(m)));
      expected.add(event.date() + " " + ids);
    }
    Store store = inBatches("batches", reports, 4);

    Set<String> stored =
        new TreeSet<>(
            StoreWriterIT.rows(
                store,
                "SELECT e.date || ' [' || string_agg(m.mention_id, ', ' ORDER BY m.mention_id) || ']'"
                    + " FROM events e JOIN mentions m USING (event_id) GROUP BY e.event_id, e.date"));
    assertThat(expected).hasSizeLessThan(mentions.size()); // something was merged
    assertThat(stored).isEqualTo(expected);
  }
}
