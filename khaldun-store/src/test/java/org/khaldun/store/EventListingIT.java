package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.testkit.Coding;

/** Pages of events say how many match, however the total is found, and follow the store. */
final class EventListingIT {
  @TempDir static Path dir;
  static Store store;
  static Queries queries;

  @BeforeAll
  static void fill() {
    store = new Store(dir.resolve("listing.duckdb"));
    SyntheticStore.fill(store, 3_000, 11L);
    queries = new Queries(store);
  }

  private static EventQuery query(
      String source, String dyad, String code, String from, int limit, int offset) {
    return EventQuery.parse(
        from,
        null,
        source,
        null,
        dyad,
        code,
        null,
        null,
        Integer.toString(limit),
        Integer.toString(offset));
  }

  @Test
  void everyPageCarriesItsFiltersTotalAndTheEventsOfThatPage() {
    for (String[] filter :
        new String[][] {
          {null, null, null, null},
          {"IRN", null, null, null},
          {null, "USA,CHN", null, null},
          {null, "CHN,USA", "04", "2020-01-01"},
          {null, "RUS,UKR", null, null},
          {"USA", null, "190", "2024-01-01"}
        }) {
      long total = queries.count(query(filter[0], filter[1], filter[2], filter[3], 1, 0));
      assertThat(total).as("events of %s", java.util.Arrays.asList(filter)).isPositive();
      for (int limit : new int[] {1, 7, 50, 5_000}) {
        for (long offset : new long[] {0, 3, total - 5, total - 1, total, total + 10}) {
          if (offset < 0) {
            continue;
          }
          EventQuery page = query(filter[0], filter[1], filter[2], filter[3], limit, (int) offset);
          Queries.Page answer = queries.page(page);
          assertThat(answer.total())
              .as(
                  "total of %s, limit %d, offset %d",
                  java.util.Arrays.asList(filter), limit, offset)
              .isEqualTo(total);
          assertThat(answer.events().stream().map(Queries.EventRow::eventId).toList())
              .isEqualTo(queries.events(page).stream().map(Queries.EventRow::eventId).toList());
        }
      }
    }
  }

  @Test
  void aDyadIsBothDirectionsAndAnActorWithItselfIsOneDirection() {
    long there =
        queries.count(
            EventQuery.parse(null, null, "USA", "CHN", null, null, null, null, null, null));
    long back =
        queries.count(
            EventQuery.parse(null, null, "CHN", "USA", null, null, null, null, null, null));
    assertThat(there).isPositive();
    assertThat(back).isPositive();
    assertThat(queries.count(query(null, "USA,CHN", null, null, 1, 0))).isEqualTo(there + back);
    assertThat(queries.count(query(null, "CHN,USA", null, null, 1, 0))).isEqualTo(there + back);
    long usaAlone =
        queries.count(
            EventQuery.parse(null, null, "USA", "USA", null, null, null, null, null, null));
    assertThat(queries.count(query(null, "USA,USA", null, null, 1, 0))).isEqualTo(usaAlone);
  }

  @Test
  void pagesLeaveOutTheRecordsThatListingsOfTheCommandLineKeep() {
    EventQuery first = query(null, null, null, null, 5, 0);

    assertThat(queries.page(first).events())
        .extracting(Queries.EventRow::record)
        .containsOnlyNulls();
    assertThat(queries.events(first)).extracting(Queries.EventRow::record).doesNotContainNull();
  }

  @Test
  void aRememberedTotalIsForgottenWhenTheStoreChanges() {
    Path db = dir.resolve("changing.duckdb");
    Store changing = new Store(db);
    SyntheticStore.fill(changing, 500, 3L);
    Queries reader = new Queries(changing);
    EventQuery fullPage = query(null, null, null, null, 10, 10);
    assertThat(reader.page(fullPage).total()).isEqualTo(500);
    assertThat(reader.page(fullPage).total()).isEqualTo(500);

    new StoreWriter(changing, "run").write(List.of(Coding.code(StoreWriterIT.PHONED)), List.of());

    assertThat(reader.page(fullPage).total()).isEqualTo(501);
  }
}
