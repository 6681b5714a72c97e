package org.khaldun.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.ontology.Cameo;
import org.khaldun.output.EventJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages after NLP on the 43 hand-checked fixture articles (46 sentences): actor resolution
 * alone, and resolution plus coding plus JSON. Scores are per pass over all fixtures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CodingBenchmark {
  private List<AnnotatedArticle> articles;
  private DictionaryActorResolver resolver;
  private DependencyCoder coder;

  @Setup
  public void load() throws IOException {
    try (InputStream in =
        CodingBenchmark.class
            .getClassLoader()
            .getResourceAsStream("org/khaldun/fixtures/coding.parse")) {
      articles =
          AnalysisText.read("coding.parse", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    resolver = new DictionaryActorResolver(ActorDictionary.bundled());
    coder = new DependencyCoder(PatternBook.bundled(), Cameo.bundled());
  }

  @Benchmark
  public void resolveActors(Blackhole hole) {
    for (AnnotatedArticle article : articles) {
      hole.consume(resolver.resolve(article));
    }
  }

  @Benchmark
  public void resolveCodeAndSerialise(Blackhole hole) {
    for (AnnotatedArticle article : articles) {
      List<ActorMention> actors = resolver.resolve(article);
      coder.code(article, actors).forEach(event -> hole.consume(EventJson.toJson(event)));
    }
  }
}
