package org.khaldun.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.ontology.Cameo;
import org.khaldun.pipeline.Stages;
import org.khaldun.testkit.Models;

/**
 * The coder on Khaldun's own news-like sentences through live CoreNLP: at least two sentences for
 * every 3-digit CAMEO code in varied voice, tense, word order and construction, plus sentences that
 * must code nothing. Each sentence must give exactly its expected events.
 */
final class NewsLikeSuiteIT {
  private static final Stages STAGES =
      new Stages(
          article -> Models.annotator().annotate(article),
          new DictionaryActorResolver(ActorDictionary.bundled()),
          new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));

  @Test
  void everySentenceCodesExactlyItsExpectedEvents() {
    List<NewsLikeSuite.Line> lines = NewsLikeSuite.read();
    List<String> failures = new ArrayList<>();
    for (NewsLikeSuite.Line line : lines) {
      Article article =
          new Article("line-" + line.number(), null, null, line.date(), null, line.text());
      List<CodedEvent> events = STAGES.run(article).events();
      List<String> problems = new ArrayList<>();
      for (NewsLikeSuite.Expected expected : line.expected()) {
        if (events.stream().noneMatch(expected::matches)) {
          problems.add("missing " + expected);
        }
      }
      for (CodedEvent event : events) {
        if (line.expected().stream().noneMatch(e -> e.matches(event))) {
          problems.add(
              "unexpected "
                  + NewsLikeSuite.key(event.source())
                  + ">"
                  + NewsLikeSuite.key(event.target())
                  + " "
                  + event.code().code()
                  + " ("
                  + event.pattern()
                  + ")");
        }
      }
      if (!problems.isEmpty()) {
        failures.add(
            NewsLikeSuite.RESOURCE + ":" + line.number() + " " + line.text() + "\n    " + problems);
      }
    }
    assertThat(lines).hasSizeGreaterThan(300);
    assertThat(failures).as("%d of %d sentences", failures.size(), lines.size()).isEmpty();
  }
}
