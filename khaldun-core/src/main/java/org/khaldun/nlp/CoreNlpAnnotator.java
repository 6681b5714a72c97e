package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.khaldun.KhaldunException;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.Sentence;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;
import org.khaldun.text.Dateline;

/**
 * Stanford CoreNLP behind Khaldun's {@link Annotator}: tokens, sentences, part of speech, lemmas,
 * named entities, SUTime time expressions normalised against the publication date, and basic
 * Universal Dependencies. Building one loads the models (10-20 s, about 1 GB of heap); build one
 * per JVM and share it: {@link #annotate} is thread-safe.
 *
 * <p>The work per article is bounded: sentences are cut to the settings' token limit before they
 * are tagged and parsed, and the analysis runs in slices of sentences so that an article over its
 * time limit is stopped between two slices rather than left to run.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Tokens per slice: small enough to check the time limit often, large enough to cost nothing. */
  private static final int SLICE_TOKENS = 1000;

  private final NlpSettings settings;
  private final Duration timeLimit;
  private final StanfordCoreNLP pipeline;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP analyser;

  /** An annotator without a time limit per article. */
  public CoreNlpAnnotator(NlpSettings settings) {
    this(settings, Duration.ZERO);
  }

  /**
   * @param timeLimit an article still being analysed after this long is rejected; zero for none
   */
  public CoreNlpAnnotator(NlpSettings settings, Duration timeLimit) {
    this.settings = settings;
    this.timeLimit = timeLimit;
    try {
      Properties all = properties(settings);
      String rest = all.getProperty("annotators").replaceFirst("^tokenize,ssplit,", "");
      // The same annotators, shared through CoreNLP's pool, split in two so that long sentences
      // can be cut between sentence splitting and tagging. (CoreNLP edits the properties it is
      // given, so each gets its own copy.)
      this.splitter = new StanfordCoreNLP(withAnnotators(all, "tokenize,ssplit"), false);
      this.analyser = new StanfordCoreNLP(withAnnotators(all, rest), false);
      this.pipeline = new StanfordCoreNLP(withAnnotators(all, all.getProperty("annotators")));
    } catch (RuntimeException e) {
      throw new KhaldunException(
          "cannot build the CoreNLP pipeline (" + settings.key() + "): " + e.getMessage(), e);
    }
  }

  private static Properties withAnnotators(Properties all, String annotators) {
    Properties props = new Properties();
    props.putAll(all);
    props.setProperty("annotators", annotators);
    return props;
  }

  /** CoreNLP's own configuration for the given settings; exposed for the bare-CoreNLP benchmark. */
  static Properties properties(NlpSettings settings) {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    // Paragraph breaks end sentences; CoreNLP's default ignores them and glues headlines on.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    switch (settings.ner()) {
      case FULL -> {
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.applyFineGrained", "true");
      }
      case FAST -> {
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.applyFineGrained", "false");
      }
      case TIME -> {
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,khaldun_time,depparse");
        props.setProperty(
            "customAnnotatorClass.khaldun_time", "edu.stanford.nlp.time.TimeAnnotator");
      }
      default -> throw new IllegalStateException("unhandled NER mode " + settings.ner());
    }
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    return props;
  }

  public NlpSettings settings() {
    return settings;
  }

  /** Runs CoreNLP only, without converting its output: the baseline the benchmark compares with. */
  public int annotateBare(Article article) {
    Annotation document = document(article);
    pipeline.annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class).size();
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    long start = System.nanoTime();
    Annotation document = document(article);
    List<CoreMap> sentences;
    try {
      splitter.annotate(document);
      sentences =
          LongSentences.split(
              document.get(CoreAnnotations.SentencesAnnotation.class),
              document.get(CoreAnnotations.TextAnnotation.class),
              settings.maxSentenceTokens());
      document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
      analyseInSlices(document, sentences, start, article);
    } catch (KhaldunException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KhaldunException("CoreNLP failed on article " + article.id() + ": " + e, e);
    }
    List<TimeExpression>[] documentTimes = null;
    if (settings.ner() == NlpSettings.NerMode.TIME) {
      documentTimes = timesBySentence(document, sentences);
    }
    List<Sentence> result = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      List<TimeExpression> times =
          documentTimes != null ? documentTimes[i] : mentionTimes(sentence);
      result.add(convert(article.text(), i, sentence, times));
    }
    return new AnnotatedArticle(article, settings.key(), result);
  }

  private void analyseInSlices(
      Annotation document, List<CoreMap> sentences, long start, Article article) {
    List<CoreMap> timexes = new ArrayList<>();
    int from = 0;
    while (from < sentences.size()) {
      if (!timeLimit.isZero() && System.nanoTime() - start > timeLimit.toNanos()) {
        throw new KhaldunException(
            String.format(
                Locale.ROOT,
                "analysis stopped after %.1f s, over the time limit of %s s per article"
                    + " (--article-time-limit), with %d of %d sentences analysed",
                (System.nanoTime() - start) / 1e9,
                timeLimit.toMillis() / 1000.0,
                from,
                sentences.size()));
      }
      int to = from;
      List<CoreLabel> tokens = new ArrayList<>();
      while (to < sentences.size()
          && (to == from || tokens.size() + tokensOf(sentences.get(to)).size() <= SLICE_TOKENS)) {
        tokens.addAll(tokensOf(sentences.get(to)));
        to++;
      }
      Annotation slice = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
      String published = document.get(CoreAnnotations.DocDateAnnotation.class);
      if (published != null) {
        slice.set(CoreAnnotations.DocDateAnnotation.class, published);
      }
      slice.set(CoreAnnotations.SentencesAnnotation.class, sentences.subList(from, to));
      slice.set(CoreAnnotations.TokensAnnotation.class, tokens);
      analyser.annotate(slice);
      List<CoreMap> found = slice.get(TimeAnnotations.TimexAnnotations.class);
      if (found != null) {
        timexes.addAll(found);
      }
      from = to;
    }
    document.set(TimeAnnotations.TimexAnnotations.class, timexes);
  }

  private static List<CoreLabel> tokensOf(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static Annotation document(Article article) {
    Annotation document = new Annotation(withoutDateline(article.text()));
    if (article.anchorDate() != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, article.anchorDate().toString());
    }
    return document;
  }

  /**
   * The text with a wire dateline ("KHARTOUM, April 18 (Reuters) - ") blanked out: the parser would
   * read it into the first sentence. Blanks keep every offset.
   */
  static String withoutDateline(String text) {
    Dateline dateline = Dateline.find(text);
    return dateline == null ? text : " ".repeat(dateline.end()) + text.substring(dateline.end());
  }

  private static Sentence convert(
      String text, int index, CoreMap sentence, List<TimeExpression> times) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dependent = edge.getDependent().index() - 1;
        heads[dependent] = edge.getGovernor().index() - 1;
        relations[dependent] = edge.getRelation().toString();
      }
      graph.getRoots().forEach(root -> relations[root.index() - 1] = "root");
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int t = 0; t < n; t++) {
      CoreLabel label = labels.get(t);
      int begin = label.beginPosition();
      int end = label.endPosition();
      String lemma = label.lemma() == null ? label.word() : label.lemma();
      String ner = label.ner() == null ? "O" : label.ner();
      tokens.add(
          new Token(
              t,
              text.substring(begin, end),
              lemma.toLowerCase(Locale.ROOT),
              label.tag(),
              ner,
              begin,
              end,
              heads[t],
              relations[t]));
    }
    int begin = n == 0 ? 0 : tokens.get(0).begin();
    int end = n == 0 ? 0 : tokens.get(n - 1).end();
    return new Sentence(index, begin, end, tokens, times);
  }

  /** Time expressions from the NER annotator's entity mentions. */
  private static List<TimeExpression> mentionTimes(CoreMap sentence) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return List.of();
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TimeExpression> times = new ArrayList<>();
    for (CoreMap mention : mentions) {
      String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      if (tag == null || !TIME_TYPES.contains(tag) || timex == null) {
        continue;
      }
      TimeExpression time = timeExpression(tokens, mention, timex);
      if (time != null) {
        times.add(time);
      }
    }
    return times;
  }

  /** Time expressions from a stand-alone SUTime annotator, assigned to sentences by offset. */
  @SuppressWarnings("unchecked")
  private static List<TimeExpression>[] timesBySentence(
      Annotation document, List<CoreMap> sentences) {
    List<TimeExpression>[] result = new List[sentences.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = new ArrayList<>();
    }
    List<CoreMap> timexes = document.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return result;
    }
    for (CoreMap timexMap : timexes) {
      int begin = timexMap.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      for (int i = 0; i < sentences.size(); i++) {
        CoreMap sentence = sentences.get(i);
        int sBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int sEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (begin >= sBegin && begin < sEnd) {
          Timex timex = timexMap.get(TimeAnnotations.TimexAnnotation.class);
          TimeExpression time =
              timex == null
                  ? null
                  : timeExpression(
                      sentence.get(CoreAnnotations.TokensAnnotation.class), timexMap, timex);
          if (time != null) {
            result[i].add(time);
          }
          break;
        }
      }
    }
    return result;
  }

  private static TimeExpression timeExpression(List<CoreLabel> tokens, CoreMap span, Timex timex) {
    int begin = span.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = span.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int start = -1;
    int stop = -1;
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel token = tokens.get(t);
      if (start < 0 && token.endPosition() > begin) {
        start = t;
      }
      if (token.beginPosition() < end) {
        stop = t + 1;
      }
    }
    if (start < 0 || stop <= start) {
      return null;
    }
    String value = timex.value() != null ? timex.value() : "";
    String type = timex.timexType() != null ? timex.timexType() : "DATE";
    String text = span.get(CoreAnnotations.TextAnnotation.class);
    return new TimeExpression(start, stop, text == null ? "" : text, value, type);
  }
}
