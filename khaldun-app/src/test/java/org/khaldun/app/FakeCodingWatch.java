package org.khaldun.app;

import java.util.List;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine;

/**
 * {@code khaldun watch} with a coding stage that needs no models (every article is stored with no
 * sentences and no events), run in a child JVM by tests that kill it.
 */
public final class FakeCodingWatch {
  private FakeCodingWatch() {}

  static Stages stages(KhaldunConfig config) {
    return new Stages(
        article -> new AnnotatedArticle(article, "fake", List.of()),
        annotated -> List.of(),
        (annotated, actors) -> List.of());
  }

  public static void main(String[] args) {
    CommandLine line = new CommandLine(new WatchCommand(FakeCodingWatch::stages));
    line.setExecutionExceptionHandler(new Failures());
    System.exit(line.execute(args));
  }
}
