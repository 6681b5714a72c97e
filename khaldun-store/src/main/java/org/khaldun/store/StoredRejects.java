package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The records ingest could not code, as the store keeps them: for the console and the API. */
public final class StoredRejects {
  private final Store store;

  public StoredRejects(Store store) {
    this.store = store;
  }

  /**
   * One rejected record.
   *
   * @param source the file it came from
   * @param line its line, 0 for a whole file
   * @param stage ingest, nlp or coding
   * @param reason why
   * @param articleId the article id when known
   * @param runId the ingest run that met it
   * @param rejectedAt when
   */
  public record Row(
      String source,
      int line,
      String stage,
      String reason,
      String articleId,
      String runId,
      LocalDateTime rejectedAt) {}

  /** How many there are in all. */
  public long count() {
    return store.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM rejects");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Rejects in file and line order, {@code offset} skipped, at most {@code limit}. */
  public List<Row> list(int offset, int limit) {
    return store.read(
        c -> {
          List<Row> rows = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT source, line, stage, reason, article_id, run_id, rejected_at FROM rejects"
                      + " ORDER BY source, line, stage, reason LIMIT ? OFFSET ?")) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                Timestamp at = rs.getTimestamp(7);
                rows.add(
                    new Row(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        at == null ? null : at.toLocalDateTime()));
              }
            }
          }
          return rows;
        });
  }
}
