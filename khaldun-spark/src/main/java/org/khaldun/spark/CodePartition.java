package org.khaldun.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.khaldun.dedup.EventKey;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DatePrecision;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Stages;

/**
 * Codes the articles of one partition with the executor's shared stages ({@link StageSource}),
 * lazily, one article at a time. An article a stage fails on becomes a rejected row with the reason
 * {@code code} gives, and the partition goes on; anything worse fails the task, which Spark runs
 * again from the same input, so a retry gives the same rows.
 */
final class CodePartition implements MapPartitionsFunction<Row, Row> {
  private final JobConfig config;
  private final StageSource source;

  CodePartition(JobConfig config, StageSource source) {
    this.config = config;
    this.source = source;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Stages stages = source.stages(config);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        return code(stages, input.next());
      }
    };
  }

  private static Row code(Stages stages, Row in) {
    if (in.getAs("reason") != null) {
      return coded(in, null, null, in.getAs("stage"), in.getAs("reason"));
    }
    Article article =
        new Article(
            in.getAs("article_id"),
            in.getAs("url"),
            in.getAs("outlet"),
            Columns.localDate(in.getAs("published")),
            in.getAs("title"),
            in.getAs("text"),
            precision(in.getAs("date_precision")),
            null,
            null);
    Stages.Result result;
    try {
      result = stages.run(article);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // The reason the single-JVM pipeline gives for the same failure.
      return coded(
          in, null, null, "coding", e.getMessage() == null ? e.toString() : e.getMessage());
    }
    List<Row> mentions = new ArrayList<>(result.events().size());
    // The same event coded twice from one sentence is one mention, as in the store.
    Set<String> seen = new HashSet<>();
    for (CodedEvent event : result.events()) {
      String id = EventJson.id(event);
      if (seen.add(id)) {
        int evidenceStart = result.annotated().sentences().get(event.sentence()).begin();
        mentions.add(mention(id, event, evidenceStart, article));
      }
    }
    return coded(in, result.annotated().sentences().size(), mentions, null, null);
  }

  /** A publication date known to the month is no anchor for "on Sunday", as in {@code code}. */
  private static DatePrecision precision(String label) {
    return label == null
        ? DatePrecision.DAY
        : DatePrecision.valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  private static Row coded(
      Row in, Integer sentences, List<Row> mentions, String stage, String why) {
    return RowFactory.create(
        in.getAs("origin"),
        in.getAs("line"),
        in.getAs("article_id"),
        in.getAs("url"),
        in.getAs("outlet"),
        in.getAs("published"),
        in.getAs("title"),
        in.getAs("text"),
        sentences,
        mentions == null ? null : scala(mentions),
        stage,
        why);
  }

  private static Row mention(String id, CodedEvent e, int evidenceStart, Article article) {
    ActorMention s = e.source();
    ActorMention t = e.target();
    return RowFactory.create(
        id,
        e.article(),
        e.sentence(),
        e.date(),
        e.dateBasis().label(),
        e.datePrecision().label(),
        s.code().code(),
        s.code().country(),
        scala(s.code().sectors()),
        s.name(),
        s.begin(),
        s.endChar(),
        s.basis(),
        t == null ? null : t.code().code(),
        t == null ? null : t.code().country(),
        t == null ? null : scala(t.code().sectors()),
        t == null ? null : t.name(),
        t == null ? null : t.begin(),
        t == null ? null : t.endChar(),
        t == null ? null : t.basis(),
        e.code().code(),
        e.code().name(),
        e.code().root(),
        e.code().quadClass(),
        e.code().goldstein(),
        e.code().plover(),
        e.code().mode(),
        e.trigger().text(),
        e.trigger().begin(),
        e.trigger().end(),
        e.evidence(),
        evidenceStart,
        e.pattern(),
        e.confidence(),
        EventJson.toJson(e),
        EventKey.of(e).text(),
        article.published(),
        article.source() == null ? article.id() : article.source());
  }

  private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
