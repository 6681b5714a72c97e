package org.khaldun.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.khaldun.dedup.EventRule;
import org.khaldun.dedup.EventSummary;
import org.khaldun.dedup.MentionFacts;
import org.khaldun.model.DateBasis;

/**
 * Runs core's {@link EventRule} over the mentions of one event key (one actor pair and family), so
 * the job's events are the store's. Each mention comes out with its event's columns added. The rule
 * does not depend on the order Spark delivers a group in.
 */
final class EventGroups implements FlatMapGroupsFunction<String, Row, Row> {
  @Override
  public Iterator<Row> call(String key, Iterator<Row> rows) {
    List<Row> mentions = new ArrayList<>();
    rows.forEachRemaining(mentions::add);
    // Only to make the order of the output rows stable; grouping does not depend on it.
    mentions.sort(Comparator.comparing(r -> r.<String>getAs("mention_id")));
    String[] parts = key.split("\\|", -1);
    List<Row> out = new ArrayList<>(mentions.size());
    for (List<Row> group : EventRule.group(mentions, EventGroups::facts)) {
      EventSummary event = EventRule.summarise(group.stream().map(EventGroups::facts).toList());
      for (Row mention : group) {
        Object[] values = new Object[Columns.GROUPED.size()];
        for (int i = 0; i < mention.size(); i++) {
          values[i] = mention.get(i);
        }
        int i = mention.size();
        values[i++] = event.id();
        values[i++] = event.seq();
        values[i++] = event.date();
        values[i++] = parts[0];
        values[i++] = parts[1];
        values[i++] = parts[2];
        values[i++] = parts[3].equals("u");
        values[i++] = event.numMentions();
        values[i++] = event.numSources();
        values[i++] = event.numArticles();
        values[i++] = event.firstSeen();
        values[i++] = event.lastSeen();
        values[i++] = event.representative();
        values[i] = Columns.month(event.date());
        out.add(RowFactory.create(values));
      }
    }
    return out.iterator();
  }

  static MentionFacts facts(Row r) {
    return new MentionFacts(
        r.getAs("mention_id"),
        Columns.localDate(r.getAs("date")),
        DateBasis.fromLabel(r.getAs("date_basis")),
        r.getAs("article_id"),
        r.getAs("outlet"),
        Columns.localDate(r.getAs("published")),
        r.<Double>getAs("confidence"));
  }
}
