package org.khaldun.app;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.khaldun.crawl.CrawlCounts;
import org.khaldun.crawl.CrawlState;
import org.khaldun.crawl.FeedValidators;
import org.khaldun.crawl.Intake;
import org.khaldun.crawl.WatchEvents;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.CrawlRecords;
import org.khaldun.store.KnownArticles;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;

/**
 * The watcher's ports on the event store: pages are coded with the ingest stages and written with
 * {@link StoreWriter} as {@code ingest} writes them, each with its URLs in the same transaction
 * ({@link CrawlRecords}); a text already stored is not coded again. Each round of the watch is a
 * run in the store's {@code runs} log. Not thread-safe: the watcher calls from one thread.
 */
final class StoreIntake implements CrawlState, Intake, WatchEvents {
  private final Store store;
  private final Stages stages;
  private final String inputs;
  private final String nlpKey;
  private final CrawlRecords records;
  private final KnownArticles known;
  private StoreWriter writer;

  /**
   * @param inputs what the runs log names as the input (the feeds file)
   * @param nlpKey the NLP configuration, for the runs log
   */
  StoreIntake(Store store, Stages stages, String inputs, String nlpKey) {
    this.store = store;
    this.stages = stages;
    this.inputs = inputs;
    this.nlpKey = nlpKey;
    this.records = CrawlRecords.of(store);
    this.known = KnownArticles.of(store);
  }

  @Override
  public void roundStarted(int round) {
    writer = new StoreWriter(store, UUID.randomUUID().toString());
    writer.begin("watch", inputs, nlpKey);
  }

  @Override
  public void roundFinished(int round, CrawlCounts counts, boolean complete) {
    writer.finish(
        complete ? "done" : "stopped",
        counts.stored(),
        counts.skipped(),
        counts.rejected(),
        counts.events());
  }

  @Override
  public boolean seen(String url) {
    return records.seen(url);
  }

  @Override
  public void markSeen(Collection<String> urls, String outcome) {
    records.markSeen(urls, outcome);
  }

  @Override
  public Optional<FeedValidators> validators(String feed) {
    return records.validators(feed).map(v -> new FeedValidators(v.etag(), v.lastModified()));
  }

  @Override
  public void validated(String feed, FeedValidators validators) {
    records.validated(
        feed, new CrawlRecords.Validators(validators.etag(), validators.lastModified()));
  }

  @Override
  public Taken take(Article article, Set<String> urls) {
    if (!known.test(article)) {
      records.markSeen(urls, "duplicate");
      return new Taken(Outcome.DUPLICATE, 0);
    }
    Stages.Result result;
    try {
      result = stages.run(article);
    } catch (RuntimeException | StackOverflowError e) {
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      reject(new Rejected(article.url(), 0, article.id(), "coding", reason), urls);
      return new Taken(Outcome.REJECTED, 0);
    }
    StoreWriter.BatchResult written =
        records.write(writer, List.of(result), List.of(), urls, "stored", article.id());
    known.add(article);
    return written.stored() == 1
        ? new Taken(Outcome.STORED, written.mentions())
        : new Taken(Outcome.DUPLICATE, 0);
  }

  @Override
  public void reject(Rejected rejected, Set<String> urls) {
    records.write(writer, List.of(), List.of(rejected), urls, "rejected", rejected.articleId());
  }
}
