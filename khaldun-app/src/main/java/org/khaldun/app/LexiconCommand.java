package org.khaldun.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.coding.PatternBook;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.lexicon.DictionaryLayer;
import org.khaldun.lexicon.LexiconCoverage;
import org.khaldun.lexicon.petrarch.PetrarchLayer;
import org.khaldun.ontology.Cameo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khaldun lexicon}: one line per CAMEO code with the number of verbal and nominal triggers
 * the lexicon in use has; exits 1 when a 3-digit code has none.
 */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    subcommands = {LexiconExpandCommand.class},
    description =
        "Lists every CAMEO root and 3-digit code with how many verbal and nominal triggers the lexicon in use has.")
final class LexiconCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dictionaries",
      paramLabel = "LAYERS",
      description =
          "Dictionaries to list, as for code: bundled, DIR, petrarch:DIR, comma-separated (default: bundled).")
  String dictionaries;

  @Option(
      names = "--report",
      description =
          "Also print, for each PETRARCH layer, what was read, converted into Khaldun's formats and left out, by reason with examples.")
  boolean report;

  @Override
  public Integer call() {
    Dictionaries stack = Dictionaries.parse(dictionaries);
    PatternBook book = PatternBook.load(stack, Cameo.bundled());
    LexiconCoverage coverage = LexiconCoverage.of(book, Cameo.bundled());
    PrintWriter out = spec.commandLine().getOut();
    if (report) {
      for (DictionaryLayer layer : stack.layers()) {
        if (layer instanceof PetrarchLayer petrarch) {
          out.println(layer.name());
          out.println(petrarch.report().render());
        }
      }
    }
    out.printf(Locale.ROOT, "%-5s %-62s %6s %6s%n", "code", "name", "verbs", "nouns");
    for (LexiconCoverage.Row row : coverage.rows()) {
      if (row.isRoot()) {
        out.println();
      }
      out.printf(
          Locale.ROOT,
          "%-5s %-62s %6d %6d%n",
          row.code(),
          truncate(row.name(), 62),
          row.verbs(),
          row.nouns());
    }
    int uncovered = coverage.uncovered().size();
    long codes = coverage.rows().stream().filter(r -> !r.isRoot()).count();
    out.printf(
        Locale.ROOT,
        "%n%d patterns; %d of %d 3-digit codes have triggers%s%n",
        book.size(),
        codes - uncovered,
        codes,
        uncovered == 0
            ? ""
            : "; none for "
                + String.join(
                    ", ", coverage.uncovered().stream().map(LexiconCoverage.Row::code).toList()));
    out.flush();
    return uncovered == 0 ? 0 : 1;
  }

  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
