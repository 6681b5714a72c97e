package org.khaldun.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.KhaldunException;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;
import org.khaldun.nlp.Annotator;

final class AnnotationCacheTest {
  private static final String FIXTURE =
      """
      # article = call-1
      # published = 2023-10-12
      # text = Iran called Saudi Arabia on Wednesday.
      1	Iran	Iran	NNP	COUNTRY	2	nsubj
      2	called	call	VBD	O	0	root
      3	Saudi	Saudi	NNP	COUNTRY	4	compound
      4	Arabia	Arabia	NNP	COUNTRY	2	obj
      5	on	on	IN	O	6	case
      6	Wednesday	Wednesday	NNP	DATE	2	obl
      7	.	.	.	O	2	punct
      # time = 6-6 2023-10-11 DATE
      # text = Talks lasted two hours.
      1	Talks	talk	NNS	O	2	nsubj
      2	lasted	last	VBD	O	0	root
      3	two	two	CD	DURATION	4	nummod
      4	hours	hour	NNS	DURATION	2	obj
      5	.	.	.	O	2	punct
      # time = 3-4 PT2H DURATION
      """;

  private static final String OTHER =
      """
      # article = strike-1
      # published = 2023-10-12
      # text = Israel struck Gaza.
      1	Israel	Israel	NNP	COUNTRY	2	nsubj
      2	struck	strike	VBD	O	0	root
      3	Gaza	Gaza	NNP	LOCATION	2	obj
      4	.	.	.	O	2	punct
      """;

  @TempDir Path dir;

  @Test
  void fixtureParsesAsWritten() {
    AnnotatedArticle annotated = parse(FIXTURE);

    assertThat(annotated.text())
        .isEqualTo("Iran called Saudi Arabia on Wednesday. Talks lasted two hours.");
    assertThat(annotated.sentences()).hasSize(2);
    assertThat(annotated.sentences().get(0).token(1))
        .isEqualTo(new Token(1, "called", "call", "VBD", "O", 5, 11, -1, "root"));
    assertThat(annotated.sentences().get(1).times())
        .containsExactly(new TimeExpression(2, 4, "two hours", "PT2H", "DURATION"));
  }

  @Test
  void storedArticleComesBackEqual() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "corenlp-test");

    cache.put(annotated);
    Optional<AnnotatedArticle> back = cache.get(annotated.article());

    assertThat(back).isPresent();
    AnnotatedArticle got = back.get();
    assertThat(got.nlpKey()).isEqualTo("fixture");
    assertThat(got.sentences()).isEqualTo(annotated.sentences());
    assertThat(got.sentences().get(0).times())
        .containsExactly(new TimeExpression(5, 6, "Wednesday", "2023-10-11", "DATE"));
    assertThat(got).isEqualTo(annotated);
  }

  @Test
  void emptyCacheMisses() {
    AnnotatedArticle annotated = parse(FIXTURE);

    assertThat(new AnnotationCache(dir, "k").get(annotated.article())).isEmpty();
  }

  @Test
  void differentTextMisses() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Article a = annotated.article();

    Article edited =
        new Article(
            a.id(),
            a.url(),
            a.source(),
            a.published(),
            a.title(),
            a.text().replace("Iran", "Iraq"));

    assertThat(cache.get(edited)).isEmpty();
  }

  @Test
  void differentPublishedDateMisses() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Article a = annotated.article();

    Article nextDay =
        new Article(a.id(), a.url(), a.source(), LocalDate.of(2023, 10, 13), a.title(), a.text());
    Article undated = new Article(a.id(), a.url(), a.source(), null, a.title(), a.text());

    assertThat(cache.get(nextDay)).isEmpty();
    assertThat(cache.get(undated)).isEmpty();
  }

  @Test
  void sameTextUnderAnotherIdHits() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Article a = annotated.article();

    Article renamed =
        new Article("call-2", a.url(), a.source(), a.published(), a.title(), a.text());

    assertThat(cache.get(renamed)).map(AnnotatedArticle::sentences).contains(annotated.sentences());
  }

  @Test
  void differentNlpKeyMisses() {
    AnnotatedArticle annotated = parse(FIXTURE);
    new AnnotationCache(dir, "models-a").put(annotated);

    assertThat(new AnnotationCache(dir, "models-b").get(annotated.article())).isEmpty();
    assertThat(new AnnotationCache(dir, "models-a").get(annotated.article())).isPresent();
  }

  @Test
  void truncatedEntryIsAMiss() throws IOException {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Path entry = cache.path(annotated.article());
    byte[] bytes = Files.readAllBytes(entry);

    Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(cache.get(annotated.article())).isEmpty();
  }

  @Test
  void entryWithGarbageBytesIsAMiss() throws IOException {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);

    Files.writeString(cache.path(annotated.article()), "this is not a cache entry");

    assertThat(cache.get(annotated.article())).isEmpty();
  }

  @Test
  void entryWithMalformedStringIsAMiss() throws IOException {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Path entry = cache.path(annotated.article());
    byte[] bytes = Files.readAllBytes(entry);
    bytes[8 + 2] = (byte) 0xff; // first byte of the nlp key string

    Files.write(entry, bytes);

    assertThat(cache.get(annotated.article())).isEmpty();
  }

  @Test
  void entryWithImpossibleTableSizeIsAMissNotAnOutOfMemoryError() throws IOException {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Path entry = cache.path(annotated.article());
    byte[] bytes = Files.readAllBytes(entry);
    int tableSizeAt =
        4 + 4 + 2 + annotated.nlpKey().length() + 4; // magic, version, key, text length
    bytes[tableSizeAt] = (byte) 0x7f;

    Files.write(entry, bytes);

    assertThat(cache.get(annotated.article())).isEmpty();
  }

  @Test
  void entryWithHeadOutsideTheSentenceIsAMiss() throws IOException {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    Path entry = cache.path(annotated.article());
    byte[] bytes = Files.readAllBytes(entry);
    int headOfFirstToken =
        afterStringTable(bytes)
            + 4
            + 4
            + 4
            + 2 // sentence count, sentence begin, end, token count
            + 4
            + 2
            + 1 // token begin, length, plain-lemma flag ("Iran" has lemma "iran")
            + 2
            + 2
            + 2; // pos, ner, relation indexes
    bytes[headOfFirstToken] = (byte) 0x7f;

    Files.write(entry, bytes);

    assertThat(cache.get(annotated.article())).isEmpty();
  }

  @Test
  void rewritingAnEntryReplacesIt() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    AnnotatedArticle relabelled =
        new AnnotatedArticle(annotated.article(), "second", annotated.sentences());

    cache.put(relabelled);

    assertThat(cache.get(annotated.article())).map(AnnotatedArticle::nlpKey).contains("second");
  }

  // ---- CachingAnnotator ----

  @Test
  void cacheOnlyMissThrowsNamingTheArticleWithoutBuildingTheParser() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AtomicInteger built = new AtomicInteger();
    CachingAnnotator annotator =
        new CachingAnnotator(
            new AnnotationCache(dir, "k"),
            () -> {
              built.incrementAndGet();
              return article -> annotated;
            },
            true);

    assertThatThrownBy(() -> annotator.annotate(annotated.article()))
        .isInstanceOf(KhaldunException.class)
        .hasMessageContaining("call-1");
    assertThat(built.get()).isEqualTo(0);
    assertThat(annotator.parserLoaded()).isFalse();
  }

  @Test
  void cacheOnlyHitAnswersFromTheCache() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    cache.put(annotated);
    AtomicInteger built = new AtomicInteger();
    CachingAnnotator annotator =
        new CachingAnnotator(
            cache,
            () -> {
              built.incrementAndGet();
              return article -> annotated;
            },
            true);

    assertThat(annotator.annotate(annotated.article())).isEqualTo(annotated);
    assertThat(built.get()).isEqualTo(0);
  }

  @Test
  void parsesOncePerMissThenAnswersFromTheCache() {
    AnnotatedArticle first = parse(FIXTURE);
    AnnotatedArticle second = parse(OTHER);
    AtomicInteger built = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    Annotator parser =
        article -> {
          parsed.incrementAndGet();
          return article.id().equals("call-1") ? first : second;
        };
    AnnotationCache cache = new AnnotationCache(dir, "k");
    CachingAnnotator annotator =
        new CachingAnnotator(
            cache,
            () -> {
              built.incrementAndGet();
              return parser;
            },
            false);

    assertThat(annotator.annotate(first.article())).isEqualTo(first);
    assertThat(annotator.annotate(first.article())).isEqualTo(first);
    assertThat(annotator.annotate(second.article())).isEqualTo(second);
    assertThat(annotator.annotate(second.article())).isEqualTo(second);

    assertThat(parsed.get()).isEqualTo(2);
    assertThat(built.get()).isEqualTo(1);
    assertThat(annotator.parserLoaded()).isTrue();
    assertThat(cache.get(second.article())).contains(second);
  }

  @Test
  void freshAnnotatorOverAFilledCacheNeverBuildsTheParser() {
    AnnotatedArticle annotated = parse(FIXTURE);
    AnnotationCache cache = new AnnotationCache(dir, "k");
    new CachingAnnotator(cache, () -> article -> annotated, false).annotate(annotated.article());
    AtomicInteger built = new AtomicInteger();

    CachingAnnotator again =
        new CachingAnnotator(
            new AnnotationCache(dir, "k"),
            () -> {
              built.incrementAndGet();
              return article -> annotated;
            },
            false);

    assertThat(again.annotate(annotated.article())).isEqualTo(annotated);
    assertThat(built.get()).isEqualTo(0);
    assertThat(again.parserLoaded()).isFalse();
  }

  private static AnnotatedArticle parse(String fixture) {
    return AnalysisText.read("fixture.txt", fixture).get(0);
  }

  /** Offset just after the header and string table, read as the codec wrote them. */
  private static int afterStringTable(byte[] bytes) throws IOException {
    ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
    DataInputStream in = new DataInputStream(raw);
    in.readInt();
    in.readInt();
    in.readUTF();
    in.readInt();
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      in.readUTF();
    }
    return bytes.length - raw.available();
  }
}
