package org.khaldun.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Sentence;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khaldun parse "TEXT"}: shows how Khaldun reads a text: tokens with their dependencies,
 * time expressions, actors and events. With {@code --conllu} it prints the analysis in the fixture
 * format the coder's tests read, to be checked by hand before it is kept.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Shows the analysis of a text: tokens, dependencies, time expressions, actors and events.")
final class ParseCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "TEXT",
      arity = "1",
      description =
          "The text to analyse, or - to read lines 'YYYY-MM-DD<TAB>text' (one article each) from standard input.")
  String text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date that relative dates resolve against.")
  LocalDate date;

  @Option(
      names = "--conllu",
      description = "Print the analysis in Khaldun's test fixture format instead.")
  boolean conllu;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() {
    KhaldunConfig config = options.toConfig().withThreads(1);
    List<Article> articles = new java.util.ArrayList<>();
    if (text.equals("-")) {
      java.io.BufferedReader reader =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
      int n = 0;
      for (String line : reader.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        LocalDate published =
            parts.length == 2 && !parts[0].equals("-") ? LocalDate.parse(parts[0].strip()) : null;
        String body = parts.length == 2 ? parts[1] : parts[0];
        articles.add(new Article("s" + (++n), null, null, published, null, body.strip()));
      }
    } else {
      articles.add(new Article("parse", null, null, date, null, text.strip()));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline pipeline = Pipeline.create(config)) {
      for (Article article : articles) {
        Stages.Result result = pipeline.stages().run(article);
        if (conllu) {
          AnalysisText.write(result.annotated(), out);
        } else {
          describe(result, out);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void describe(Stages.Result result, PrintWriter out) {
    for (Sentence sentence : result.annotated().sentences()) {
      out.println(
          "sentence "
              + sentence.index()
              + ": "
              + result.annotated().sentenceText(sentence.index()));
      for (Token t : sentence.tokens()) {
        String head =
            t.head() < 0 ? "ROOT" : sentence.token(t.head()).text() + "-" + (t.head() + 1);
        out.printf(
            Locale.ROOT,
            "  %3d %-16s %-14s %-5s %-10s %-12s <- %s%n",
            t.index() + 1,
            t.text(),
            t.lemma(),
            t.pos(),
            t.ner(),
            t.relation(),
            head);
      }
      for (TimeExpression time : sentence.times()) {
        out.printf(Locale.ROOT, "  time '%s' = %s (%s)%n", time.text(), time.value(), time.type());
      }
      List<ActorMention> mentions =
          result.mentions().stream().filter(m -> m.sentence() == sentence.index()).toList();
      for (ActorMention m : mentions) {
        out.printf(
            Locale.ROOT,
            "  actor %-12s '%s' (%s, head %s)%n",
            m.code().code(),
            m.name(),
            m.basis(),
            sentence.token(m.head()).text());
      }
      for (CodedEvent e : result.events()) {
        if (e.sentence() == sentence.index()) {
          out.printf(
              Locale.ROOT,
              "  event %s %s -%s %s-> %s%n        %s%n",
              e.date(),
              e.source().code().code(),
              e.code().code(),
              e.code().name(),
              e.target() == null ? "-" : e.target().code().code(),
              e.explanation());
        }
      }
    }
  }
}
