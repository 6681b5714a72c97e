package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's synthetic store matches the schema and reads like an ingested one. */
final class SyntheticStoreIT {
  @TempDir Path dir;

  @Test
  void aSyntheticStoreHoldsConsistentEventsMentionsAndArticles() {
    Store store = new Store(dir.resolve("synthetic.duckdb"));

    SyntheticStore.fill(store, 2_000, 7L);

    assertThat(StoreWriterIT.rows(store, "SELECT count(*) FROM events")).containsExactly("2000");
    assertThat(
            StoreWriterIT.rows(
                store,
                "SELECT count(*) FROM mentions m JOIN events e ON e.event_id = m.event_id"
                    + " JOIN articles a ON a.article_id = m.article_id"))
        .containsExactly("2000");
    assertThat(
            StoreWriterIT.rows(
                store,
                "SELECT count(*) FROM events WHERE unordered <> (cameo_root = '04' OR cameo = '057')"
                    + " OR (unordered AND first_actor > second_actor)"))
        .as("pairs keyed as the deduplicator keys them")
        .containsExactly("0");
    Queries queries = new Queries(store);
    Queries.EventRow newest =
        queries
            .events(EventQuery.parse(null, null, null, null, null, null, null, null, "1", null))
            .get(0);
    Queries.MentionRow mention = queries.event(newest.eventId()).orElseThrow().mentions().get(0);
    assertThat(mention.evidence()).isEqualTo(newest.evidence());
    assertThat(mention.evidenceStart()).isZero();
  }
}
