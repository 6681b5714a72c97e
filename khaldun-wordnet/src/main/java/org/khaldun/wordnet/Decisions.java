package org.khaldun.wordnet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.khaldun.DictionaryException;
import org.khaldun.ontology.Cameo;

/**
 * The curated decisions file ({@code wordnet-decisions.tsv}): comment lines start with {@code #},
 * every other non-blank line is seven tab-separated fields, {@code kept|dropped}, code, {@code
 * verb|noun}, candidate, from, {@code synonym|derivation}, reason. A code must be a CAMEO code, a
 * reason must be given, and a candidate is decided once per code and part of speech. Errors name
 * the file and line. Immutable.
 */
public final class Decisions {
  private static final Pattern VERB = Pattern.compile("[a-z]+(-[a-z]+)?(_[a-z]+)?");
  private static final Pattern NOUN = Pattern.compile("[a-z]+(-[a-z]+)?|[a-z]+-of-[a-z]+");

  /**
   * A hand-written noun trigger may be longer than any candidate ({@code
   * weapon-of-mass-destruction}, {@code crime-against-humanity}).
   */
  private static final Pattern SOURCE_NOUN = Pattern.compile("[a-z]+(-[a-z]+)*");

  private final List<Decision> decisions;
  private final Map<String, Decision> byKey;

  private Decisions(List<Decision> decisions, Map<String, Decision> byKey) {
    this.decisions = List.copyOf(decisions);
    this.byKey = Map.copyOf(byKey);
  }

  public static Decisions empty() {
    return new Decisions(List.of(), Map.of());
  }

  /** Reads a decisions file (UTF-8). */
  public static Decisions read(Path path, Cameo cameo) {
    try {
      return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8), cameo);
    } catch (IOException e) {
      throw new DictionaryException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the text of a decisions file; {@code origin} names it in errors. */
  public static Decisions parse(String origin, String text, Cameo cameo) {
    List<Decision> decisions = new ArrayList<>();
    Map<String, Decision> byKey = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Decision decision = decision(origin, i + 1, line, cameo);
      Decision earlier = byKey.putIfAbsent(decision.key(), decision);
      if (earlier != null) {
        throw new DictionaryException(
            origin,
            i + 1,
            decision.candidate()
                + " ("
                + decision.pos().label()
                + ") for "
                + decision.code()
                + " is already decided at "
                + earlier.line());
      }
      decisions.add(decision);
    }
    return new Decisions(decisions, byKey);
  }

  private static Decision decision(String origin, int number, String line, Cameo cameo) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 7) {
      throw new DictionaryException(
          origin,
          number,
          "expected 7 tab-separated fields (kept|dropped, code, pos, candidate, from, relation,"
              + " reason), found "
              + fields.length);
    }
    for (int f = 0; f < fields.length; f++) {
      fields[f] = fields[f].strip();
    }
    if (!fields[0].equals("kept") && !fields[0].equals("dropped")) {
      throw new DictionaryException(
          origin, number, "decision must be kept or dropped, not '" + fields[0] + "'");
    }
    if (!fields[1].matches("\\d{2,3}") || !cameo.contains(fields[1])) {
      throw new DictionaryException(origin, number, "unknown CAMEO code '" + fields[1] + "'");
    }
    Pos pos = Pos.parse(fields[2]);
    if (pos == null) {
      throw new DictionaryException(
          origin, number, "part of speech must be verb or noun, not '" + fields[2] + "'");
    }
    Relation relation = Relation.parse(fields[5]);
    if (relation == null) {
      throw new DictionaryException(
          origin, number, "relation must be synonym or derivation, not '" + fields[5] + "'");
    }
    // A derivation comes from a trigger of the other part of speech (invade → invasion).
    Pos fromPos = relation == Relation.DERIVATION ? pos.other() : pos;
    for (int f : new int[] {3, 4}) {
      Pos expected = f == 3 ? pos : fromPos;
      Pattern form = expected == Pos.VERB ? VERB : f == 3 ? NOUN : SOURCE_NOUN;
      if (!form.matcher(fields[f]).matches()) {
        throw new DictionaryException(
            origin,
            number,
            "'" + fields[f] + "' is not a Khaldun " + expected.label() + " trigger form");
      }
    }
    if (fields[6].isEmpty()) {
      throw new DictionaryException(origin, number, "a decision needs a reason");
    }
    return new Decision(
        fields[0].equals("kept"),
        fields[1],
        pos,
        fields[3],
        fields[4],
        relation,
        fields[6],
        origin + ":" + number);
  }

  /** Every decision, in file order. */
  public List<Decision> all() {
    return decisions;
  }

  /** The decision about a proposal's candidate, or null if it is undecided. */
  public Decision get(Proposal proposal) {
    return byKey.get(proposal.key());
  }

  public boolean decided(Proposal proposal) {
    return byKey.containsKey(proposal.key());
  }
}
