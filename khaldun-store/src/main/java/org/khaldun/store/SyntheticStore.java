package org.khaldun.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.khaldun.dedup.EventKey;
import org.khaldun.ontology.Cameo;
import org.khaldun.ontology.CameoCode;

/**
 * Fills a store with synthetic events for benchmarks: a seeded mix of countries (skewed like news,
 * a few dominate), CAMEO codes, dates over ten years, one mention and one short article per event,
 * loaded with DuckDB's appender. Deterministic for a given size and seed.
 */
public final class SyntheticStore {
  private static final List<String> COUNTRIES =
      List.of(
          "USA", "CHN", "RUS", "IRN", "ISR", "PSE", "UKR", "GBR", "FRA", "DEU", "TUR", "SAU", "IND",
          "PAK", "AFG", "IRQ", "SYR", "EGY", "JPN", "KOR", "PRK", "LBN", "YEM", "QAT", "ARE", "JOR",
          "SDN", "ETH", "NGA", "ZAF", "BRA", "MEX", "VEN", "COL", "IDN", "PHL", "AUS", "CAN", "ITA",
          "ESP", "POL", "KEN", "SOM", "LBY", "MLI", "AZE", "ARM", "GEO", "SRB", "XKX");
  private static final List<String> CODES =
      List.of(
          "010", "020", "036", "040", "041", "042", "043", "044", "046", "051", "057", "071", "073",
          "112", "111", "120", "130", "138", "141", "163", "173", "190", "193", "195", "040", "041",
          "111", "190");

  private SyntheticStore() {}

  /**
   * Adds {@code events} events (and as many mentions and articles) to the store; returns nothing
   * new to say.
   */
  public static void fill(Store store, long events, long seed) {
    store.write(
        c -> {
          DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
          Random random = new Random(seed);
          Cameo cameo = Cameo.bundled();
          LocalDate start = LocalDate.of(2015, 1, 1);
          try (DuckDBAppender articles =
                  duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
              DuckDBAppender mentions =
                  duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions");
              DuckDBAppender table =
                  duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            for (long i = 1; i <= events; i++) {
              String source = pick(random);
              String target = pick(random);
              while (target.equals(source)) {
                target = pick(random);
              }
              CameoCode code = cameo.get(CODES.get(random.nextInt(CODES.size())));
              LocalDate date = start.plusDays(random.nextInt(3650));
              String id = Long.toHexString(i);
              String article = "a" + id;
              String evidence = source + " and " + target + ": synthetic event " + id + ".";
              boolean unordered = EventKey.isSymmetric(code.code());
              String first = unordered && source.compareTo(target) > 0 ? target : source;
              String second = unordered && source.compareTo(target) > 0 ? source : target;
              articles.beginRow();
              articles.append(article);
              articles.append(id);
              articles.append((String) null);
              articles.append("synthetic.example");
              articles.append(date);
              articles.append((String) null);
              articles.append(evidence);
              articles.append(1);
              articles.append("synthetic");
              articles.append(date.atStartOfDay());
              articles.endRow();
              mentions.beginRow();
              mentions.append("m" + id);
              mentions.append("e" + id);
              mentions.append(article);
              mentions.append(0);
              mentions.append(date);
              mentions.append("text");
              mentions.append(source + "GOV");
              mentions.append(source);
              mentions.append(source);
              mentions.append(target);
              mentions.append(target);
              mentions.append(target);
              mentions.append(code.code());
              mentions.append(code.root());
              mentions.append(code.quadClass());
              mentions.append(code.goldstein());
              mentions.append(code.plover());
              mentions.append("event");
              mentions.append(10);
              mentions.append(15);
              mentions.append(0);
              mentions.append(3);
              mentions.append(8);
              mentions.append(11);
              mentions.append(evidence);
              mentions.append(0); // evidence_start: the article is the one sentence
              mentions.append("synthetic");
              mentions.append(0.9);
              mentions.append("{}");
              mentions.append(
                  EventMerger.keyText(new EventKey(code.root(), first, second, unordered)));
              mentions.endRow();
              table.beginRow();
              table.append("e" + id);
              table.append(i);
              table.append(date);
              table.append(code.root());
              table.append(first);
              table.append(second);
              table.append(unordered);
              table.append(source + "GOV");
              table.append(source);
              table.append(source);
              table.append(target);
              table.append(target);
              table.append(target);
              table.append(code.code());
              table.append(code.root());
              table.append(code.quadClass());
              table.append(code.goldstein());
              table.append(code.plover());
              table.append(code.mode());
              table.append(1);
              table.append(1);
              table.append(1);
              table.append(date);
              table.append(date);
              table.append("m" + id);
              table.append(evidence);
              table.append("{}");
              table.endRow();
            }
          }
          return null;
        });
  }

  /** Countries skewed like news coverage: the first few far more often than the rest. */
  private static String pick(Random random) {
    double u = random.nextDouble();
    int index = (int) (COUNTRIES.size() * u * u * u);
    return COUNTRIES.get(Math.min(index, COUNTRIES.size() - 1));
  }
}
