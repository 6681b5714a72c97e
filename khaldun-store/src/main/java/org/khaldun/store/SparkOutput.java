package org.khaldun.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.khaldun.StoreException;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;
import org.khaldun.model.Rejected;
import org.khaldun.model.Trigger;
import org.khaldun.ontology.CameoCode;

/**
 * Imports the output directory of the Spark job ({@code khaldun spark code --out DIR}) into the
 * store: its articles with their mentions go through {@link StoreWriter#writeCoded}, so admission
 * (an article already stored under any id is skipped), renaming and the deduplication rule are
 * exactly those of {@code ingest}, and importing twice, or two runs over overlapping articles,
 * keeps each article once and re-merges events. Parquet is read with DuckDB, so no Spark is needed.
 * Not thread-safe: one import at a time.
 */
public final class SparkOutput {
  /** What marks a finished job's output directory. */
  public static final String SUMMARY = "_SUMMARY.json";

  private static final int BATCH = 200;

  private final Path dir;

  public SparkOutput(Path dir) {
    this.dir = dir;
  }

  /** Whether {@code dir} is a finished Spark job's output. */
  public static boolean recognises(Path dir) {
    return Files.isRegularFile(dir.resolve(SUMMARY))
        && Files.isDirectory(dir.resolve("articles"))
        && Files.isDirectory(dir.resolve("mentions"));
  }

  /** What an import did. */
  public record Result(int stored, int skipped, int mentions, int rejects) {}

  /** Imports into {@code store}, in batches of one transaction each. */
  public Result importInto(Store store) {
    if (!recognises(dir)) {
      throw new StoreException(
          dir
              + " is not a finished Spark output directory (no "
              + SUMMARY
              + ", articles/, mentions/)");
    }
    StoreWriter writer = new StoreWriter(store, UUID.randomUUID().toString());
    writer.begin("import", dir.toString(), "spark");
    int stored = 0;
    int skipped = 0;
    int mentions = 0;
    List<Rejected> rejects;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement articles = duck.createStatement();
        Statement mentionRows = duck.createStatement()) {
      rejects = rejects(duck);
      ResultSet a =
          articles.executeQuery(
              "SELECT article_id, url, outlet, published, title, text, sentences FROM read_parquet("
                  + files("articles")
                  + ") ORDER BY article_id");
      ResultSet m =
          mentionRows.executeQuery(
              "SELECT * FROM read_parquet("
                  + files("mentions")
                  + ", hive_partitioning = true) ORDER BY article_id, mention_id");
      boolean more = m.next();
      List<CodedArticle> batch = new ArrayList<>();
      while (a.next()) {
        Article article =
            new Article(
                a.getString(1),
                a.getString(2),
                a.getString(3),
                date(a, 4),
                a.getString(5),
                a.getString(6));
        List<CodedArticle.Mention> own = new ArrayList<>();
        while (more && m.getString("article_id").compareTo(article.id()) < 0) {
          more = m.next();
        }
        while (more && m.getString("article_id").equals(article.id())) {
          own.add(new CodedArticle.Mention(event(m), m.getInt("evidence_start")));
          more = m.next();
        }
        batch.add(new CodedArticle(article, a.getInt(7), own));
        if (batch.size() == BATCH) {
          StoreWriter.BatchResult r = writer.writeCoded(batch, List.of());
          stored += r.stored();
          skipped += r.skipped();
          mentions += r.mentions();
          batch.clear();
        }
      }
      StoreWriter.BatchResult r = writer.writeCoded(batch, rejects);
      stored += r.stored();
      skipped += r.skipped();
      mentions += r.mentions();
    } catch (SQLException e) {
      writer.finish("failed", stored, skipped, 0, mentions);
      throw new StoreException("cannot read the Spark output in " + dir + ": " + e.getMessage(), e);
    }
    writer.finish("done", stored, skipped, rejects.size(), mentions);
    return new Result(stored, skipped, mentions, rejects.size());
  }

  private List<Rejected> rejects(Connection duck) throws SQLException {
    List<Rejected> rejects = new ArrayList<>();
    if (!Files.isDirectory(dir.resolve("rejects"))) {
      return rejects;
    }
    try (Statement s = duck.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT source, line, article_id, stage, reason FROM read_parquet("
                    + files("rejects")
                    + ", union_by_name = true)")) {
      while (r.next()) {
        rejects.add(
            new Rejected(
                r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5)));
      }
    } catch (SQLException e) {
      // A job without rejects writes a directory with no Parquet file in it.
      if (!e.getMessage().contains("No files found")) {
        throw e;
      }
    }
    return rejects;
  }

  /** A SQL string literal naming every Parquet file under {@code sub}. */
  private String files(String sub) {
    String glob = dir.resolve(sub).toAbsolutePath() + "/**/*.parquet";
    return "'" + glob.replace("'", "''") + "'";
  }

  /** The coded event a mention row carries, as the coder made it (token indices aside). */
  private static CodedEvent event(ResultSet m) throws SQLException {
    String precision = m.getString("date_precision");
    return new CodedEvent(
        m.getString("article_id"),
        m.getInt("sentence"),
        actor(m, "source"),
        actor(m, "target"),
        new CameoCode(
            m.getString("cameo"),
            m.getString("cameo_name"),
            m.getDouble("goldstein"),
            m.getString("plover"),
            m.getString("plover_mode")),
        new Trigger(
            m.getString("trigger_text"), 0, m.getInt("trigger_start"), m.getInt("trigger_end")),
        date(m, m.findColumn("date")),
        DateBasis.fromLabel(m.getString("date_basis")),
        precision == null
            ? DatePrecision.DAY
            : DatePrecision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)),
        m.getString("pattern"),
        m.getDouble("confidence"),
        m.getString("evidence"),
        "");
  }

  private static ActorMention actor(ResultSet m, String side) throws SQLException {
    String code = m.getString(side + "_code");
    if (code == null) {
      return null;
    }
    List<String> sectors = new ArrayList<>();
    Array array = m.getArray(side + "_sectors");
    if (array != null) {
      for (Object sector : (Object[]) array.getArray()) {
        sectors.add(sector.toString());
      }
    }
    String prefix = code.substring(0, code.length() - 3 * sectors.size());
    int sentence = m.getInt("sentence");
    return new ActorMention(
        sentence,
        0,
        1,
        0,
        m.getInt(side + "_start"),
        m.getInt(side + "_end"),
        new ActorCode(prefix, m.getString(side + "_country"), sectors),
        m.getString(side + "_name"),
        m.getString(side + "_basis"));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
