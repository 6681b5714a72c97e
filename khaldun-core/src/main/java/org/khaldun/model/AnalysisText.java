package org.khaldun.model;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text form of analysed articles, close to CoNLL-U, that people can read, check and write
 * by hand; the coder's tests are written in it so that they need no models.
 *
 * <pre>
 * # article = raisi-call
 * # published = 2023-10-12
 * # text = Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.
 * 1	Iranian	iranian	JJ	O	4	amod
 * 2	President	president	NNP	O	4	compound
 * ...
 * # time = 12-12 2023-10-11 DATE
 * </pre>
 *
 * Columns: 1-based id, form, lemma, Penn tag, NER tag, 1-based head (0 for the root), relation.
 * Token offsets are found by locating each form in the sentence text. Sentences of one article
 * follow each other; the article text is their texts joined by single spaces, after the wire
 * dateline a line {@code # dateline = ...} gives (kept out of the sentences). Stateless.
 */
public final class AnalysisText {
  private AnalysisText() {}

  public static void write(AnnotatedArticle article, PrintWriter out) {
    out.println("# article = " + article.article().id());
    if (article.article().published() != null) {
      out.println("# published = " + article.article().published());
    }
    int first = article.sentences().isEmpty() ? 0 : article.sentences().get(0).begin();
    String lead = article.text().substring(0, first);
    if (!lead.isBlank()) {
      // A wire dateline the annotator kept out of the sentences: it places the story.
      out.println("# dateline = " + lead.strip());
    }
    for (Sentence sentence : article.sentences()) {
      out.println("# text = " + article.sentenceText(sentence.index()).replace('\n', ' '));
      for (Token t : sentence.tokens()) {
        out.printf(
            Locale.ROOT,
            "%d\t%s\t%s\t%s\t%s\t%d\t%s%n",
            t.index() + 1,
            t.text(),
            t.lemma(),
            t.pos(),
            t.ner(),
            t.head() + 1,
            t.relation());
      }
      for (TimeExpression time : sentence.times()) {
        out.printf(
            Locale.ROOT,
            "# time = %d-%d %s %s%n",
            time.start() + 1,
            time.end(),
            time.value().isEmpty() ? "-" : time.value(),
            time.type());
      }
      out.println();
    }
  }

  /** Parses articles written in this form; errors name the line. */
  public static List<AnnotatedArticle> read(String source, String text) {
    List<AnnotatedArticle> articles = new ArrayList<>();
    Builder builder = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      int number = i + 1;
      try {
        if (line.startsWith("# article = ")) {
          if (builder != null) {
            articles.add(builder.build());
          }
          builder = new Builder(line.substring("# article = ".length()).strip());
        } else if (line.startsWith("# published = ")) {
          requireArticle(builder).published =
              LocalDate.parse(line.substring("# published = ".length()).strip());
        } else if (line.startsWith("# dateline = ")) {
          requireArticle(builder).dateline = line.substring("# dateline = ".length()).strip() + " ";
        } else if (line.startsWith("# text = ")) {
          requireArticle(builder).startSentence(line.substring("# text = ".length()));
        } else if (line.startsWith("# time = ")) {
          requireArticle(builder).time(line.substring("# time = ".length()).strip());
        } else if (line.isBlank() || line.startsWith("#")) {
          continue;
        } else {
          requireArticle(builder).token(line);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
      }
    }
    if (builder != null) {
      articles.add(builder.build());
    }
    return articles;
  }

  private static Builder requireArticle(Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("expected '# article = ID' first");
    }
    return builder;
  }

  private static final class Builder {
    final String id;
    LocalDate published;
    String dateline = "";
    final StringBuilder text = new StringBuilder();
    final List<String> sentenceTexts = new ArrayList<>();
    final List<List<String[]>> rows = new ArrayList<>();
    final List<List<String>> times = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    void startSentence(String sentenceText) {
      sentenceTexts.add(sentenceText);
      rows.add(new ArrayList<>());
      times.add(new ArrayList<>());
    }

    void token(String line) {
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("token line before '# text = ...'");
      }
      String[] fields = line.split("\t");
      if (fields.length != 7) {
        throw new IllegalArgumentException(
            "expected 7 TAB-separated columns (id form lemma pos ner head relation), found "
                + fields.length);
      }
      rows.get(rows.size() - 1).add(fields);
    }

    void time(String spec) {
      if (times.isEmpty()) {
        throw new IllegalArgumentException("time line before '# text = ...'");
      }
      times.get(times.size() - 1).add(spec);
    }

    AnnotatedArticle build() {
      String articleText = dateline + String.join(" ", sentenceTexts);
      List<Sentence> sentences = new ArrayList<>();
      int offset = dateline.length();
      for (int s = 0; s < sentenceTexts.size(); s++) {
        String sentenceText = sentenceTexts.get(s);
        int cursor = 0;
        List<Token> tokens = new ArrayList<>();
        for (String[] f : rows.get(s)) {
          int index = Integer.parseInt(f[0]) - 1;
          int found = sentenceText.indexOf(f[1], cursor);
          if (found < 0) {
            throw new IllegalArgumentException(
                "token '" + f[1] + "' not found in the sentence text after offset " + cursor);
          }
          cursor = found + f[1].length();
          tokens.add(
              new Token(
                  index,
                  f[1],
                  f[2].toLowerCase(Locale.ROOT),
                  f[3],
                  f[4],
                  offset + found,
                  offset + cursor,
                  Integer.parseInt(f[5]) - 1,
                  f[6]));
        }
        List<TimeExpression> timeExpressions = new ArrayList<>();
        for (String spec : times.get(s)) {
          String[] parts = spec.split("\\s+");
          String[] range = parts[0].split("-");
          int start = Integer.parseInt(range[0]) - 1;
          int end = Integer.parseInt(range[1]);
          String expression =
              articleText.substring(tokens.get(start).begin(), tokens.get(end - 1).end());
          timeExpressions.add(
              new TimeExpression(
                  start,
                  end,
                  expression,
                  parts[1].equals("-") ? "" : parts[1],
                  parts.length > 2 ? parts[2] : "DATE"));
        }
        int begin = tokens.isEmpty() ? offset : tokens.get(0).begin();
        int end = tokens.isEmpty() ? offset : tokens.get(tokens.size() - 1).end();
        sentences.add(new Sentence(s, begin, end, tokens, timeExpressions));
        offset += sentenceText.length() + 1;
      }
      Article article = new Article(id, null, null, published, null, articleText);
      return new AnnotatedArticle(article, "fixture", sentences);
    }
  }
}
