package org.khaldun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.KhaldunConfig;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.cache.AnnotationCache;
import org.khaldun.cache.CachingAnnotator;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.ingest.Limits;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Rejected;
import org.khaldun.nlp.NlpSettings;
import org.khaldun.ontology.Cameo;
import org.khaldun.output.EventJson;
import org.khaldun.testkit.Models;
import org.khaldun.testkit.Shared;

/**
 * The whole pipeline on the bundled synthetic examples, with real models: expected events (checked
 * by hand in examples/EXPECTED.md), rejects for the broken inputs, the same output with one or two
 * threads, and re-coding from the cache.
 */
final class PipelineIT {
  @TempDir Path cacheDir;

  private record Run(List<CodedEvent> events, List<Rejected> rejected, RunSummary summary) {}

  private Run run(List<String> inputs, int threads, boolean recode) {
    KhaldunConfig config =
        new KhaldunConfig(
            NlpSettings.DEFAULT,
            threads,
            cacheDir,
            recode,
            org.khaldun.lexicon.Dictionaries.bundled(),
            Limits.DEFAULT);
    AnnotationCache cache = new AnnotationCache(cacheDir, NlpSettings.DEFAULT.key());
    Stages stages =
        new Stages(
            new CachingAnnotator(cache, Models::annotator, recode),
            new DictionaryActorResolver(ActorDictionary.bundled()),
            new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));
    List<CodedEvent> events = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(config, stages)) {
      RunSummary summary =
          pipeline.run(
              inputs,
              InputStream.nullInputStream(),
              new ResultSink() {
                @Override
                public void coded(Stages.Result result) {
                  events.addAll(result.events());
                }

                @Override
                public void rejected(Rejected r) {
                  rejected.add(r);
                }
              },
              Progress.NONE);
      return new Run(events, rejected, summary);
    }
  }

  private static String examples(String sub) {
    return Shared.repository().resolve("examples").resolve(sub).toString();
  }

  private static boolean has(
      List<CodedEvent> events,
      String articlePrefix,
      String source,
      String cameo,
      String target,
      LocalDate date) {
    return events.stream()
        .anyMatch(
            e ->
                e.article().startsWith(articlePrefix)
                    && e.source().code().code().startsWith(source)
                    && e.code().code().equals(cameo)
                    && (target == null
                        ? e.target() == null
                        : e.target() != null && e.target().code().code().startsWith(target))
                    && (date == null || date.equals(e.date())));
  }

  @Test
  void examplesCodeTheEventsACarefulCoderExpects() {
    List<CodedEvent> events = run(List.of(examples("articles")), 2, false).events();

    assertThat(has(events, "01_", "EGYGOV", "041", "TURGOV", LocalDate.of(2025, 3, 4)))
        .as("phone call dated Tuesday")
        .isTrue();
    assertThat(has(events, "01_", "TURGOV", "036", "EGY", LocalDate.of(2025, 3, 6)))
        .as("'will visit' is an intent on the publication date")
        .isTrue();
    assertThat(has(events, "02_", "ZAFGOV", "042", "TUR", LocalDate.of(2025, 5, 7)))
        .as("arrival in Ankara")
        .isTrue();
    assertThat(has(events, "02_", "TURGOV", "043", "ZAFGOV", null))
        .as("Erdogan hosts Ramaphosa")
        .isTrue();
    assertThat(has(events, "03_", "ARMGOV", "044", "AZEGOV", LocalDate.of(2025, 2, 10)))
        .as("meeting in Geneva")
        .isTrue();
    assertThat(has(events, "04_", "COD", "112", "RWA", LocalDate.of(2024, 8, 13)))
        .as("Congo accuses Rwanda")
        .isTrue();
    assertThat(has(events, "05_", "PRK", "138", "KOR", LocalDate.of(2024, 10, 13)))
        .as("North Korean threat")
        .isTrue();
    assertThat(has(events, "06_", "USAMIL", "195", "YEMREB", LocalDate.of(2024, 9, 22)))
        .as("air strikes on the Houthis")
        .isTrue();
    assertThat(has(events, "07_", "IGOEU", "163", "IRN", null)).as("EU sanctions").isTrue();
    assertThat(has(events, "08_", "KENCOP", "173", "KEN", null)).as("arrests in Nairobi").isTrue();
    assertThat(has(events, "09_", "MLIGOV", "125", "IGOECOWAS", LocalDate.of(2024, 5, 22)))
        .as("refused to meet")
        .isTrue();
    assertThat(has(events, "ex11", "GBR", "085", "SYR", null)).as("sanctions lifted").isTrue();

    // What must not be coded: the negated Houthi attack and the visit that has not happened.
    assertThat(
            events.stream()
                .filter(
                    e ->
                        e.article().startsWith("06_")
                            && e.source().code().code().startsWith("YEM")
                            && e.code().root().equals("19")))
        .isEmpty();
    assertThat(
            events.stream()
                .filter(e -> e.article().startsWith("01_") && e.code().code().equals("042")))
        .isEmpty();
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(e.date() == null || !e.date().isAfter(LocalDate.of(2025, 5, 8)))
                    .isTrue());
  }

  @Test
  void brokenInputsAreRejectedWithFileLineAndReasonAndTheBatchGoesOn() {
    Run run =
        run(
            List.of(examples("bad"), examples("articles/01_egypt_turkey_phone_call.txt")),
            1,
            false);

    assertThat(run.summary().articles())
        .isEqualTo(2); // the good line of broken.jsonl and the article
    assertThat(run.rejected())
        .extracting(Rejected::describe)
        .anySatisfy(r -> assertThat(r).contains("broken.jsonl:2").contains("not valid JSON"))
        .anySatisfy(r -> assertThat(r).contains("broken.jsonl:3").contains("missing \"text\""))
        .anySatisfy(r -> assertThat(r).contains("empty.txt").contains("empty"))
        .anySatisfy(r -> assertThat(r).contains("latin1.txt").contains("not UTF-8"));
  }

  @Test
  void twoThreadsGiveTheSameEventsInTheSameOrderAsOne() {
    List<String> one =
        run(List.of(examples("articles")), 1, false).events().stream()
            .map(EventJson::toJson)
            .toList();
    List<String> two =
        run(List.of(examples("articles")), 2, false).events().stream()
            .map(EventJson::toJson)
            .toList();

    assertThat(two).isNotEmpty().isEqualTo(one);
  }

  @Test
  void recodingFromTheCacheGivesTheSameEventsWithoutParsing() {
    List<String> parsed =
        run(List.of(examples("articles")), 2, false).events().stream()
            .map(EventJson::toJson)
            .toList();
    Run recoded = run(List.of(examples("articles")), 1, true);

    assertThat(recoded.rejected()).isEmpty();
    assertThat(recoded.events().stream().map(EventJson::toJson).toList()).isEqualTo(parsed);
  }

  @Test
  void recodingAnArticleThatWasNeverParsedRejectsItByName() {
    Run recoded = run(List.of(examples("articles/07_eu_sanctions_iran.txt")), 1, true);

    assertThat(recoded.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stage()).isEqualTo("coding");
              // Where it came from, so the user can find the record, not just its id.
              assertThat(r.source()).endsWith("articles/07_eu_sanctions_iran.txt");
              assertThat(r.reason())
                  .contains("07_eu_sanctions_iran")
                  .contains("not in the annotation cache");
            });
  }
}
