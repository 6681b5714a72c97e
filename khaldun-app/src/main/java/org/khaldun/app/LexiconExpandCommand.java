package org.khaldun.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.DictionaryException;
import org.khaldun.coding.PatternBook;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.ontology.Cameo;
import org.khaldun.wordnet.Decisions;
import org.khaldun.wordnet.Expander;
import org.khaldun.wordnet.Lexicon;
import org.khaldun.wordnet.PatternGenerator;
import org.khaldun.wordnet.Proposal;
import org.khaldun.wordnet.ProposalsFile;
import org.khaldun.wordnet.Relation;
import org.khaldun.wordnet.WordNet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khaldun lexicon expand}: proposes WordNet synonyms and derivations of the lexicon's
 * triggers that the decisions file has not decided yet; with {@code --apply}, regenerates the
 * WordNet pattern file from the decisions instead.
 */
@Command(
    name = "expand",
    mixinStandardHelpOptions = true,
    description = {
      "Proposes new triggers from WordNet 3.1: synonyms of each trigger's supported senses and"
          + " their verb/noun derivations, as a TSV of the candidates not yet decided.",
      "With --apply, regenerates the WordNet pattern file from the kept decisions."
    })
final class LexiconExpandCommand implements Callable<Integer> {
  static final String RESOURCES = "khaldun-core/src/main/resources/org/khaldun/coding/";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dictionaries",
      paramLabel = "LAYERS",
      description = "The lexicon to expand, as for code (default: bundled).")
  String dictionaries;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description = "Curated decisions (default: ${DEFAULT-VALUE}, from the repository root).",
      defaultValue = RESOURCES + "wordnet-decisions.tsv")
  Path decisions;

  @Option(
      names = "--proposals",
      paramLabel = "FILE",
      description = "Write the undecided proposals here (default: standard output).")
  Path proposals;

  @Option(
      names = "--apply",
      description = "Regenerate the pattern file (--out) from the kept decisions.")
  boolean apply;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The generated pattern file for --apply (default: ${DEFAULT-VALUE}).",
      defaultValue = RESOURCES + "wordnet.txt")
  Path out;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    Lexicon lexicon =
        Lexicon.of(PatternBook.load(Dictionaries.parse(dictionaries), Cameo.bundled()));
    Decisions decided = readDecisions(err);
    if (apply) {
      PatternGenerator.Result result = PatternGenerator.generate(lexicon, decided);
      Files.writeString(out, result.text(), StandardCharsets.UTF_8);
      result.warnings().forEach(err::println);
      err.printf(
          Locale.ROOT,
          "%s: %d patterns from %d decisions (%.1f s)%n",
          out,
          result.lines(),
          decided.all().size(),
          seconds(start));
      err.flush();
      return 0;
    }
    Expander expander = new Expander(WordNet.load(), lexicon);
    List<Proposal> all = expander.propose();
    List<Proposal> open = new ArrayList<>();
    for (Proposal proposal : all) {
      if (!decided.decided(proposal)) {
        open.add(proposal);
      }
    }
    String table = ProposalsFile.format(open);
    if (proposals == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(table);
      stdout.flush();
    } else {
      Files.writeString(proposals, table, StandardCharsets.UTF_8);
    }
    long synonyms = open.stream().filter(p -> p.relation() == Relation.SYNONYM).count();
    long conflicts = open.stream().filter(p -> !p.conflicts().isEmpty()).count();
    err.printf(
        Locale.ROOT,
        "%d triggers (%d not in WordNet); %d proposals, %d already decided; %d undecided"
            + " (%d synonyms, %d derivations, %d conflicts) (%.1f s)%n",
        lexicon.triggers().size(),
        expander.unknownTriggers(),
        all.size(),
        all.size() - open.size(),
        open.size(),
        synonyms,
        open.size() - synonyms,
        conflicts,
        seconds(start));
    err.flush();
    return 0;
  }

  private Decisions readDecisions(PrintWriter err) {
    if (Files.isRegularFile(decisions)) {
      return Decisions.read(decisions, Cameo.bundled());
    }
    if (apply) {
      throw new DictionaryException(
          decisions.toString(),
          "no decisions file (run from the repository root or pass --decisions)",
          null);
    }
    err.println(decisions + ": no decisions file; every proposal is undecided");
    return Decisions.empty();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
