package org.khaldun.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.khaldun.KhaldunConfig;
import org.khaldun.eval.EvalFiles;
import org.khaldun.eval.GoldEvent;
import org.khaldun.eval.PredictedEvent;
import org.khaldun.eval.Scorer;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Rejected;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khaldun eval --gold GOLD --articles ARTICLES}: codes the articles and scores the events
 * against the gold file at the root, date and code levels, as the project's reference scorer does.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Codes ARTICLES and scores the events against GOLD (precision, recall, F1 at root, date and code level).")
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD",
      description = "Gold events, one JSON object per line.")
  Path gold;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "ARTICLES",
      description = "The articles to code (any input form of 'code').")
  List<String> articles;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Also write the coded events here.")
  Path out;

  @Option(
      names = "--show-errors",
      description = "List missed gold events and false alarms (root level).")
  boolean showErrors;

  @Option(
      names = "--floor",
      paramLabel = "LEVEL=F1",
      split = ",",
      description =
          "Fail (exit 1) when a level's F1 is below the floor, e.g. --floor root=0.80,date=0.70.")
  Map<String, Double> floors = new LinkedHashMap<>();

  @Mixin PipelineOptions options;

  @Override
  public Integer call() throws IOException {
    KhaldunConfig config = options.toConfig();
    List<GoldEvent> goldEvents = EvalFiles.readGold(gold);
    List<CodedEvent> coded = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    try (Pipeline pipeline = Pipeline.create(config)) {
      pipeline.run(
          articles,
          System.in,
          new ResultSink() {
            @Override
            public void coded(Stages.Result result) {
              coded.addAll(result.events());
            }

            @Override
            public void rejected(Rejected r) {
              rejected.add(r);
            }
          },
          Progress.NONE);
    }
    if (out != null) {
      try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (CodedEvent event : coded) {
          EventJson.write(event, writer);
          writer.write('\n');
        }
      }
    }
    List<PredictedEvent> predicted = new ArrayList<>();
    coded.forEach(e -> predicted.add(EvalFiles.predicted(e)));
    Map<String, Scorer.Score> scores = Scorer.scoreAll(goldEvents, predicted);
    PrintWriter stdout = spec.commandLine().getOut();
    print(stdout, goldEvents, scores);
    for (Rejected r : rejected) {
      spec.commandLine().getErr().println("rejected " + r.describe());
    }
    int status = 0;
    for (Map.Entry<String, Double> floor : floors.entrySet()) {
      Scorer.Score score = scores.get(floor.getKey());
      if (score == null) {
        throw new IllegalArgumentException(
            "--floor level must be root, date or code, not " + floor.getKey());
      }
      if (score.f1() < floor.getValue()) {
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "%s F1 %.3f is below the floor %.3f%n",
                floor.getKey(),
                score.f1(),
                floor.getValue());
        status = 1;
      }
    }
    stdout.flush();
    return status;
  }

  private void print(
      PrintWriter out, List<GoldEvent> goldEvents, Map<String, Scorer.Score> scores) {
    out.printf(Locale.ROOT, "%-6s %6s %6s %6s  hits  false  gold%n", "level", "P", "R", "F1");
    for (Scorer.Score s : scores.values()) {
      out.printf(
          Locale.ROOT,
          "%-6s %6.3f %6.3f %6.3f  %4d  %5d  %4d%n",
          s.level(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.hits(),
          s.falseAlarms(),
          s.requiredGold());
    }
    Map<String, int[]> byRoot = new TreeMap<>();
    for (GoldEvent g : goldEvents) {
      if (g.required()) {
        byRoot.computeIfAbsent(key(g), k -> new int[2])[0]++;
      }
    }
    Scorer.Score root = scores.get("root");
    for (GoldEvent miss : root.misses()) {
      byRoot.get(key(miss))[1]++;
    }
    List<String> parts = new ArrayList<>();
    byRoot.forEach((k, v) -> parts.add(k + ":" + (v[0] - v[1]) + "/" + v[0]));
    out.println("recall by CAMEO root (or PLOVER type): " + String.join(", ", parts));
    if (showErrors) {
      out.println();
      out.println("missed (root level):");
      for (GoldEvent g : root.misses()) {
        String evidence =
            g.evidence().length() > 110 ? g.evidence().substring(0, 110) : g.evidence();
        out.printf(
            Locale.ROOT,
            "  %s %s->%s %s %s  | %s%n",
            g.article(),
            g.source(),
            g.target(),
            g.cameo().isEmpty() ? g.plover() : g.cameo(),
            g.date(),
            evidence);
      }
      out.println();
      out.println("false alarms (root level):");
      for (PredictedEvent p : root.falseAlarmEvents()) {
        out.printf(
            Locale.ROOT,
            "  %s %s->%s %s %s %s%n",
            p.article(),
            p.source(),
            p.target(),
            p.cameo(),
            p.plover(),
            p.date());
      }
    }
  }

  private static String key(GoldEvent g) {
    return g.cameo().isEmpty() ? g.plover() : g.cameo().substring(0, 2);
  }
}
