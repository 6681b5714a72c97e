package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khaldun.dedup.WindowDeduplicator;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Stages;

/**
 * Writes coded articles into the store, merging each mention into the event it reports (same family
 * and actor pair, date within a day; consultations in either direction) exactly as {@link
 * WindowDeduplicator} does, so one batch of input gives the same events however it is split into
 * runs. An article whose text is already stored is skipped; one whose id names another text is
 * stored under a derived id (see {@link Admission}). Each call writes one batch in one transaction.
 * Not thread-safe: one writer per ingest.
 */
public final class StoreWriter {
  private final Store store;
  private final String runId;

  public StoreWriter(Store store, String runId) {
    this.store = store;
    this.runId = runId;
  }

  /** Records the start of a run. */
  public void begin(String command, String inputs, String nlpKey) {
    store.write(
        c -> {
          // A run still marked running was killed: say so, since this one takes over.
          try (PreparedStatement stale =
              c.prepareStatement(
                  "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")) {
            stale.executeUpdate();
          }
          try (PreparedStatement run =
              c.prepareStatement(
                  "INSERT INTO runs (run_id, command, inputs, nlp_key, started_at, status) VALUES (?, ?, ?, ?, now(), 'running')")) {
            run.setString(1, runId);
            run.setString(2, command);
            run.setString(3, inputs);
            run.setString(4, nlpKey);
            run.executeUpdate();
          }
          return null;
        });
  }

  /** Records how the run ended. */
  public void finish(String status, int articles, int skipped, int rejected, long mentions) {
    store.write(
        c -> {
          try (PreparedStatement run =
              c.prepareStatement(
                  "UPDATE runs SET finished_at = now(), status = ?, articles = ?, skipped = ?, rejected = ?, mentions = ? WHERE run_id = ?")) {
            run.setString(1, status);
            run.setInt(2, articles);
            run.setInt(3, skipped);
            run.setInt(4, rejected);
            run.setLong(5, mentions);
            run.setString(6, runId);
            run.executeUpdate();
          }
          return null;
        });
  }

  /**
   * What a batch did.
   *
   * @param stored articles stored
   * @param skipped articles skipped because their text is already stored
   * @param mentions event mentions stored
   * @param renamed articles stored under a derived id, since their given id names another text
   * @param repeated articles skipped because this run already stored the same text
   */
  public record BatchResult(
      int stored, int skipped, int mentions, List<Renamed> renamed, List<Repeated> repeated) {
    public BatchResult {
      renamed = List.copyOf(renamed);
      repeated = List.copyOf(repeated);
    }
  }

  /** An article stored under {@code storedAs} because its given id names another text. */
  public record Renamed(String givenId, String storedAs) {}

  /** An article skipped because this run already stored its text under {@code sameTextAs}. */
  public record Repeated(String id, String sameTextAs) {}

  /** Writes a batch of coded articles and rejects in one transaction. */
  public BatchResult write(List<Stages.Result> results, List<Rejected> rejects) {
    return write(results, rejects, c -> null);
  }

  /**
   * As {@link #write(List, List)}, running {@code alongside} in the same transaction: what a caller
   * records about the batch (the feed watcher's URLs) is kept with it or lost with it.
   */
  public BatchResult write(
      List<Stages.Result> results, List<Rejected> rejects, Store.Work<?> alongside) {
    List<CodedArticle> articles = new ArrayList<>(results.size());
    for (Stages.Result result : results) {
      articles.add(CodedArticle.of(result));
    }
    return writeCoded(articles, rejects, alongside);
  }

  /**
   * As {@link #write}, for articles coded elsewhere (a Spark job's output): the same admission,
   * renaming and deduplication.
   */
  public BatchResult writeCoded(List<CodedArticle> articles, List<Rejected> rejects) {
    return writeCoded(articles, rejects, c -> null);
  }

  private BatchResult writeCoded(
      List<CodedArticle> articles, List<Rejected> rejects, Store.Work<?> alongside) {
    return store.write(
        c -> {
          int stored = 0;
          int skipped = 0;
          int mentions = 0;
          List<Renamed> renamed = new ArrayList<>();
          List<Repeated> repeated = new ArrayList<>();
          try (Statements batch = new Statements(c)) {
            EventMerger merger = new EventMerger(batch);
            ActorTally actors = new ActorTally();
            for (CodedArticle given : articles) {
              Article article = given.article();
              String hash = ContentHash.of(article);
              Admission admission = Admission.of(batch, article, hash, runId);
              if (admission.skipped()) {
                skipped++;
                if (admission.sameRun()) {
                  repeated.add(new Repeated(article.id(), admission.sameTextAs()));
                }
                continue;
              }
              CodedArticle coded = given;
              if (admission.renamed(article)) {
                coded = given.renamed(admission.storeAs());
                article = coded.article();
                renamed.add(new Renamed(given.article().id(), admission.storeAs()));
              }
              insertArticle(batch, coded, hash);
              // The same event coded twice from one sentence is one mention, not a key violation.
              Set<String> seen = new HashSet<>();
              for (CodedArticle.Mention mention : coded.mentions()) {
                String mentionId = EventJson.id(mention.event());
                if (!seen.add(mentionId)) {
                  continue;
                }
                merger.add(mention.event(), mentionId, article, mention.evidenceStart());
                mentions++;
              }
              actors.add(coded.events());
              stored++;
            }
            merger.flush();
            actors.write(batch);
            for (Rejected rejected : rejects) {
              insertReject(batch, rejected);
            }
          }
          alongside.run(c);
          return new BatchResult(stored, skipped, mentions, renamed, repeated);
        });
  }

  private void insertArticle(Statements batch, CodedArticle coded, String hash)
      throws SQLException {
    Article a = coded.article();
    PreparedStatement insert =
        batch.get(
            "INSERT INTO articles (article_id, content_hash, url, source, published, title, text, sentences, run_id, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())");
    insert.setString(1, a.id());
    insert.setString(2, hash);
    insert.setString(3, a.url());
    insert.setString(4, a.source());
    setDate(insert, 5, a.published());
    insert.setString(6, a.title());
    insert.setString(7, a.text());
    insert.setInt(8, coded.sentences());
    insert.setString(9, runId);
    insert.executeUpdate();
  }

  private void insertReject(Statements batch, Rejected r) throws SQLException {
    PreparedStatement insert =
        batch.get("INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING");
    insert.setString(1, r.source());
    insert.setInt(2, r.line());
    insert.setString(3, r.stage());
    insert.setString(4, r.reason());
    insert.setString(5, r.articleId());
    insert.setString(6, runId);
    insert.executeUpdate();
  }

  static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    if (date == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, date);
    }
  }
}
