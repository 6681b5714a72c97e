package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.khaldun.coding.TriggerEntry;

/**
 * Turns the kept decisions into the generated pattern file {@code wordnet.txt}. A kept synonym
 * copies every pattern of its code that has the source trigger, with the candidate as the trigger,
 * the source's elements, and the name {@code SOURCE~wn}: it codes exactly as the source word. A
 * kept derivation becomes a minimal pattern named after the plainest source pattern: a verb {@code
 * CODE VERB T:obj|any}, a noun {@code CODE n:NOUN} (a noun's default target slot, {@code any}: its
 * own prepositional modifiers, "the invasion of Kuwait"; a support verb or the noun's own modifiers
 * give its source), keeping what the event is ({@link #derived}). The output is sorted (code,
 * trigger, name), so the same decisions and lexicon always give the same text. Stateless.
 */
public final class PatternGenerator {
  static final String HEADER =
      """
      # Khaldun event patterns generated from WordNet 3.1 (Princeton University, WordNet licence,
      # through extJWNL; see NOTICE): the kept synonyms and derivations of the hand-written triggers.
      # GENERATED FILE: do not edit. Decide in wordnet-decisions.tsv beside it, then regenerate from
      # the repository root with
      #   ./khaldun lexicon expand --apply
      # (./khaldun lexicon expand lists the undecided proposals). Pattern format: patterns.txt.
      # A synonym copies its source pattern with the new trigger; its name is the source's with ~wn.
      # A derivation is a minimal pattern: a verb takes its target from its object or any argument
      # (T:obj|any), a noun from the noun default (any: "the invasion of Kuwait"); a support verb
      # ("launched an invasion") or the noun's own source ("Iraq's invasion") gives it a source. It
      # keeps its source's sym, keep, loc, derive:, T? and self, not the source's word conditions.
      """;

  /** The elements of a source pattern that a derivation keeps as they are. */
  private static final Set<String> CARRIED = Set.of("sym", "keep", "loc", "T?", "self");

  private PatternGenerator() {}

  /** The generated file and what could not be generated. */
  public record Result(String text, int lines, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /** The pattern file for the kept decisions over the hand-written triggers of {@code lexicon}. */
  public static Result generate(Lexicon lexicon, Decisions decisions) {
    TreeMap<String, String> lines = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    for (Decision decision : decisions.all()) {
      if (!decision.kept()) {
        continue;
      }
      if (lexicon.has(decision.code(), decision.pos(), decision.candidate())) {
        warnings.add(
            decision.line()
                + ": "
                + decision.candidate()
                + " is now a hand-written trigger of "
                + decision.code()
                + "; not generated");
        continue;
      }
      Pos fromPos =
          decision.relation() == Relation.SYNONYM ? decision.pos() : decision.pos().other();
      List<TriggerEntry> sources = lexicon.patterns(decision.code(), fromPos, decision.from());
      if (sources.isEmpty()) {
        warnings.add(
            decision.line()
                + ": "
                + decision.from()
                + " is no longer a "
                + fromPos.label()
                + " trigger of "
                + decision.code()
                + "; "
                + decision.candidate()
                + " not generated");
        continue;
      }
      if (decision.relation() == Relation.SYNONYM) {
        for (TriggerEntry source : sources) {
          put(lines, decision, copy(source, decision));
        }
      } else {
        put(lines, decision, derived(plainest(sources), decision));
      }
    }
    StringBuilder text = new StringBuilder(HEADER);
    String code = null;
    for (var entry : lines.entrySet()) {
      String lineCode = entry.getKey().substring(0, entry.getKey().indexOf('\t'));
      if (!lineCode.equals(code)) {
        text.append('\n');
        code = lineCode;
      }
      text.append(entry.getValue()).append('\n');
    }
    return new Result(text.toString(), lines.size(), warnings);
  }

  private static void put(TreeMap<String, String> lines, Decision decision, String line) {
    String how = decision.relation() == Relation.SYNONYM ? "synonym of " : "derived from ";
    String sortKey = decision.code() + "\t" + decision.candidate() + "\t" + line;
    lines.put(sortKey, line + "  # " + how + decision.from());
  }

  /** The source pattern's line with the candidate as its only trigger. */
  static String copy(TriggerEntry source, Decision decision) {
    Line line = Line.of(source);
    return line.code
        + " "
        + trigger(decision)
        + (line.elements.isEmpty() ? "" : "  " + String.join("  ", line.elements))
        + "  = "
        + source.pattern()
        + Lexicon.GENERATED;
  }

  /**
   * A minimal pattern for a derived verb or noun, named after {@code source}: a verb takes its
   * target from its object or any argument, a noun from the default noun slot ({@code any}). What
   * the event is, not how its words are placed, carries over: {@code sym}, {@code keep}, {@code
   * loc}, {@code derive:MODE} (an appeal or threat noun is coded by what it is for, as its verb),
   * {@code T?} and {@code self} (an event that stands without a target: resign, resignation).
   * Conditions on the source's words (objects, subjects, complements, prepositions, governors) and
   * its slots do not: they are the other part of speech's syntax.
   */
  static String derived(TriggerEntry source, Decision decision) {
    Line line = Line.of(source);
    StringBuilder text = new StringBuilder(line.code).append(' ').append(trigger(decision));
    if (decision.pos() == Pos.VERB) {
      text.append("  T:obj|any");
    }
    for (String element : line.elements) {
      if (CARRIED.contains(element) || element.startsWith("derive:")) {
        text.append("  ").append(element);
      } else if (element.startsWith("T:")
          && Arrays.asList(element.substring(2).split("\\|")).contains("self")
          && !line.elements.contains("self")) {
        text.append("  self");
      }
    }
    return text.append("  = ").append(source.pattern()).append(Lexicon.GENERATED).toString();
  }

  /** The source pattern with the fewest elements (the first of those in file order). */
  private static TriggerEntry plainest(List<TriggerEntry> sources) {
    TriggerEntry best = sources.get(0);
    for (TriggerEntry source : sources) {
      if (Line.of(source).elements.size() < Line.of(best).elements.size()) {
        best = source;
      }
    }
    return best;
  }

  private static String trigger(Decision decision) {
    return (decision.pos() == Pos.NOUN ? "n:" : "") + decision.candidate();
  }

  /** A pattern line split into its code and its elements (trigger and name left out). */
  private record Line(String code, List<String> elements) {
    static Line of(TriggerEntry source) {
      String body = source.definition();
      int equals = body.indexOf(" = ");
      if (equals >= 0) {
        body = body.substring(0, equals);
      }
      String[] parts = body.strip().split("\\s+");
      return new Line(parts[0], Arrays.asList(parts).subList(2, parts.length));
    }
  }
}
