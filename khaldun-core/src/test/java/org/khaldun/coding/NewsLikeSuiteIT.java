package org.khaldun.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * must code nothing. A sentence passes when it gives exactly its expected events. Sentences that
 * report no event must all pass, and every code must pass on at least one of its sentences, but for
 * the known gaps; of the whole suite, a floor just under the measured share must pass
 * (docs/ACCURACY.md lists the rest by class). A failure names the failing sentences.
 */
final class NewsLikeSuiteIT {
  /** Sentences passing at the last measurement: 390 of 449. */
  private static final int PASSING_FLOOR = 385;

  /**
   * Codes none of whose sentences comes out exact yet, each for a known reason: 063's sentences
   * need a misparsed reduced relative ("nationals wanted for terrorism to Baghdad") and a purpose
   * clause ("worked together to dismantle a ring"); 155's targets stand in purpose clauses ("to
   * counter Russia"). A code fixed must leave this set, a code lost fails.
   */
  private static final Set<String> KNOWN_GAPS = Set.of("063", "155");

  private static final Stages STAGES =
      new Stages(
          article -> Models.annotator().annotate(article),
          new DictionaryActorResolver(ActorDictionary.bundled()),
          new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));

  private static List<Result> results;

  /** One sentence coded: what it expected and what went wrong, if anything. */
  private record Result(NewsLikeSuite.Line line, List<String> problems) {
    boolean passed() {
      return problems.isEmpty();
    }

    @Override
    public String toString() {
      return NewsLikeSuite.RESOURCE + ":" + line.number() + " " + line.text() + "\n    " + problems;
    }
  }

  private static synchronized List<Result> results() {
    if (results == null) {
      List<Result> coded = new ArrayList<>();
      for (NewsLikeSuite.Line line : NewsLikeSuite.read()) {
        Article article =
            new Article("line-" + line.number(), null, null, line.date(), null, line.text());
        coded.add(new Result(line, problems(line, STAGES.run(article).events())));
      }
      results = List.copyOf(coded);
    }
    return results;
  }

  private static List<String> problems(NewsLikeSuite.Line line, List<CodedEvent> events) {
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
    return problems;
  }

  @Test
  void sentencesThatReportNoEventCodeNothing() {
    List<Result> eventless = results().stream().filter(r -> r.line().expected().isEmpty()).toList();
    assertThat(eventless).hasSizeGreaterThanOrEqualTo(30);
    assertThat(eventless.stream().filter(r -> !r.passed()).toList()).isEmpty();
  }

  @Test
  void everyCodeInTheSuiteIsCodedExactlyOnAtLeastOneSentence() {
    Set<String> codes = new TreeSet<>();
    Set<String> exact = new TreeSet<>();
    for (Result result : results()) {
      for (NewsLikeSuite.Expected expected : result.line().expected()) {
        codes.addAll(expected.codes());
        if (result.passed()) {
          exact.addAll(expected.codes());
        }
      }
    }
    assertThat(codes).as("codes the suite expects").hasSizeGreaterThanOrEqualTo(140);
    Set<String> never = new TreeSet<>(codes);
    never.removeAll(exact);
    assertThat(never).as("codes no sentence of the suite gives exactly").isEqualTo(KNOWN_GAPS);
  }

  @Test
  void mostSentencesCodeExactlyTheirExpectedEvents() {
    List<Result> all = results();
    List<Result> failed = all.stream().filter(r -> !r.passed()).toList();
    int passed = all.size() - failed.size();
    assertThat(all).hasSizeGreaterThan(300);
    assertThat(passed)
        .as("sentences coded exactly; failing:\n%s", failed)
        .isGreaterThanOrEqualTo(PASSING_FLOOR);
  }
}
