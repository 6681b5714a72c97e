package org.khaldun.store.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khaldun.store.StoreRows.rows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.model.Rejected;
import org.khaldun.store.Exporter;
import org.khaldun.store.Store;

/** ICEWS rows in the store: events by the store's rule, idempotent, exported like any other. */
final class IcewsImportIT {
  @TempDir Path dir;

  private static Path sample() throws URISyntaxException {
    return Path.of(IcewsImportIT.class.getResource("icews-sample.tab").toURI());
  }

  @Test
  void rowsBecomeEventsMergedByTheStoresRuleAndBadRowsAreRejectsThatNameTheirLine()
      throws Exception {
    Store store = new Store(dir.resolve("k.duckdb"));
    ForeignImport.Result result = new ForeignImport(new IcewsFormat()).importInto(store, sample());

    assertThat(result.stored()).isEqualTo(7);
    assertThat(result.rejects())
        .extracting(Rejected::line, Rejected::reason)
        .map(t -> t.toList().toString())
        .containsExactly(
            "[9, expected 20 tab-separated fields as the header has, found 19]",
            "[10, Event Date is not YYYY-MM-DD: '2024-13-01']",
            "[11, unknown source country 'Atlantis']",
            "[12, unknown CAMEO code '999']");
    // The two reports of one telephone call are one event of two sources.
    assertThat(
            rows(
                store,
                "SELECT date, source_code, cameo, target_code, num_mentions, num_sources"
                    + " FROM events ORDER BY date, source_code"))
        .containsExactly(
            "2024-05-06|EGYGOV|041|TURGOV|2|2",
            "2024-05-07|KENCOP|173|KENOPP|1|1",
            "2024-05-08|IGOUNO|020|SDNGOV|1|1",
            "2024-05-09|SDNMIL|190|SDNREB|1|1",
            "2024-05-10|KORGOV|043|JPN|1|1",
            "2024-05-11|HTIGOV|023|IGOUNO|1|1");
    assertThat(rows(store, "SELECT count(*) FROM rejects WHERE stage = 'import'"))
        .containsExactly("4");
  }

  @Test
  void importingTheSameFileTwiceChangesNothingAndTheExportsReadIt() throws Exception {
    Store store = new Store(dir.resolve("k.duckdb"));
    ForeignImport icews = new ForeignImport(new IcewsFormat());
    icews.importInto(store, sample());
    String all = "SELECT * EXCLUDE (run_id, ingested_at) FROM articles ORDER BY article_id";
    List<String> articles = rows(store, all);
    List<String> events = rows(store, "SELECT * FROM events ORDER BY event_id");
    List<String> mentions = rows(store, "SELECT * FROM mentions ORDER BY mention_id");

    ForeignImport.Result again = icews.importInto(store, sample());

    assertThat(again.stored()).isZero();
    assertThat(again.skipped()).isEqualTo(7);
    assertThat(rows(store, all)).isEqualTo(articles);
    assertThat(rows(store, "SELECT * FROM events ORDER BY event_id")).isEqualTo(events);
    assertThat(rows(store, "SELECT * FROM mentions ORDER BY mention_id")).isEqualTo(mentions);
    assertThat(rows(store, "SELECT count(*) FROM rejects")).containsExactly("4");

    Path gdelt = dir.resolve("gdelt");
    assertThat(new Exporter(store).gdelt(gdelt).events()).isEqualTo(6);
  }

  @Test
  void theGdeltExportOfTheStoreImportsBackToItsEventsOneReportEach() throws Exception {
    Store store = new Store(dir.resolve("k.duckdb"));
    new ForeignImport(new IcewsFormat()).importInto(store, sample());
    Path gdelt = dir.resolve("gdelt");
    new Exporter(store).gdelt(gdelt);

    Store back = new Store(dir.resolve("back.duckdb"));
    ForeignImport gdeltImport = new ForeignImport(new GdeltFormat());
    ForeignImport.Result result = gdeltImport.importInto(back, gdelt.resolve("khaldun.export.CSV"));

    assertThat(result.stored()).isEqualTo(6);
    assertThat(result.rejects()).isEmpty();
    String events =
        "SELECT date, source_code, source_country, cameo, target_code, target_country, goldstein"
            + " FROM events ORDER BY ALL";
    assertThat(rows(back, events)).isEqualTo(rows(store, events));
    // The store counts the reports it holds: the export's row is one.
    assertThat(rows(back, "SELECT DISTINCT num_mentions FROM events")).containsExactly("1");
    assertThat(gdeltImport.importInto(back, gdelt.resolve("khaldun.export.CSV")).skipped())
        .isEqualTo(6);
  }
}
