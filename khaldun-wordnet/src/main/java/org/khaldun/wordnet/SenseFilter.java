package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Decides which WordNet senses of a trigger are the sense its CAMEO code means. A sense is kept
 * when it is one of the trigger's frequent senses ({@link WordSense#frequent}) and the code
 * supports it: its neighbourhood in WordNet meets other triggers of the same code, or, at half
 * weight, of the same root. Evidence and weights:
 *
 * <ul>
 *   <li>another lemma of the synset is a trigger (3): "strike" and "hit" share the military sense;
 *   <li>a direct hypernym has a trigger among its lemmas (2), a hypernym of that (1);
 *   <li>a lemma linked by derivation to a lemma of the synset is a trigger (2);
 *   <li>the definition uses a trigger (1): "an attack that is intended to seize...".
 * </ul>
 *
 * A multi-word lemma whose head noun is a trigger counts half ("work stoppage" for "stoppage"). The
 * trigger itself, its other spellings (normalise, normalize) and its own derivations, words that
 * trigger four roots or more (end, send), and words with {@value #VAGUE} senses or more in WordNet
 * (go, take, hold) are no evidence. A sense is supported when the evidence weighs {@value #KEEP} or
 * more, so one root-level gloss word is not enough. So "strike" in code 190 keeps "make a
 * strategic, offensive, assault against an enemy" (synonym hit, hypernym attack) and loses "stop
 * work in order to press demands" (hypernym protest, a word of root 14); "fire" in 194 loses
 * "terminate the employment of" (nothing of root 19 near it). Reads WordNet through a cache; not
 * thread-safe.
 */
public final class SenseFilter {
  /** The evidence a sense needs. */
  public static final double KEEP = 1.0;

  /** A word with this many senses (go, take, make, hold) proves nothing by being near one. */
  static final int VAGUE = 25;

  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[a-z]+");

  private final WordNet wordNet;
  private final Lexicon lexicon;

  public SenseFilter(WordNet wordNet, Lexicon lexicon) {
    this.wordNet = wordNet;
    this.lexicon = lexicon;
  }

  /** A sense with the evidence that ties it to a code. */
  public record Supported(WordSense sense, double support, List<String> evidence) {
    public Supported {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The senses of trigger {@code word} that code {@code code} means, most frequent first; empty
   * when WordNet does not know the word.
   */
  public List<Supported> senses(String code, Pos pos, String word) {
    List<Supported> kept = new ArrayList<>();
    for (WordSense sense : lookup(pos, word)) {
      if (!sense.frequent()) {
        continue;
      }
      Supported supported = support(code, word, sense);
      if (supported.support() >= KEEP) {
        kept.add(supported);
      }
    }
    return kept;
  }

  /** The senses WordNet has for a Khaldun trigger, under its first spelling WordNet knows. */
  public List<WordSense> lookup(Pos pos, String word) {
    for (String spelling : KhaldunForms.toWordNet(pos, word)) {
      List<WordSense> senses = wordNet.senses(pos, spelling);
      if (!senses.isEmpty()) {
        return senses;
      }
    }
    return List.of();
  }

  /** How strongly code {@code code} supports {@code sense} of trigger {@code word}. */
  public Supported support(String code, String word, WordSense sense) {
    Evidence evidence = new Evidence(code, Lexicon.plain(word), sense);
    Meaning meaning = sense.meaning();
    for (String lemma : meaning.lemmas()) {
      evidence.add("syn", lemma, 3);
    }
    for (Meaning hypernym : wordNet.hypernyms(meaning)) {
      for (String lemma : hypernym.lemmas()) {
        evidence.add("hyp", lemma, 2);
      }
      for (Meaning second : wordNet.hypernyms(hypernym)) {
        for (String lemma : second.lemmas()) {
          evidence.add("hyp2", lemma, 1);
        }
      }
    }
    // The trigger's own derivations (meet: meeting) are the same word, not evidence of the sense.
    for (String lemma : wordNet.derivedLemmas(meaning, sense.lemma())) {
      evidence.add("der", lemma, 2);
    }
    Matcher tokens = TOKEN.matcher(meaning.definition().toLowerCase(Locale.ROOT));
    while (tokens.find()) {
      for (String form : wordNet.baseForms(tokens.group())) {
        if (evidence.add("gloss", form, 1)) {
          break;
        }
      }
    }
    return new Supported(sense, evidence.total(), evidence.items());
  }

  /** The evidence found so far for one sense; each word counts once, at its best weight. */
  private final class Evidence {
    private final String code;
    private final String trigger;
    private final WordSense sense;
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    Evidence(String code, String trigger, WordSense sense) {
      this.code = code;
      this.trigger = trigger;
      this.sense = sense;
    }

    /** Records {@code lemma} if it is another trigger of the code or root; true if it was. */
    boolean add(String kind, String lemma, double weight) {
      String word = Lexicon.plain(lemma);
      double factor = level(word);
      boolean head = false;
      int space = word.lastIndexOf(' ');
      if (factor == 0 && space > 0) {
        word = word.substring(space + 1);
        factor = level(word) / 2;
        head = true;
      }
      if (factor == 0) {
        return false;
      }
      boolean root = !lexicon.codeWords(code).contains(word);
      String label =
          kind + ":" + word + (head ? "(head)" : "") + (root ? "/" + code.substring(0, 2) : "");
      double found = weight * factor;
      if (weights.getOrDefault(word, 0.0) < found) {
        weights.put(word, found);
        labels.put(word, label);
      }
      return true;
    }

    /** 1 for a word of the code, 1/2 for a word of its root only, 0 for no evidence. */
    private double level(String word) {
      double level =
          lexicon.codeWords(code).contains(word)
              ? 1
              : lexicon.rootWords(code.substring(0, 2)).contains(word) ? 0.5 : 0;
      // Cheap test first: only the lexicon's own words need WordNet look-ups.
      if (level == 0
          || word.equals(trigger)
          || lexicon.general(word)
          || wordNet.polysemy(word) >= VAGUE
          || wordNet.variants(sense.meaning().pos(), word, sense.lemma())) {
        return 0;
      }
      return level;
    }

    double total() {
      return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    List<String> items() {
      return List.copyOf(labels.values());
    }
  }
}
