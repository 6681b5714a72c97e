package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.model.Article;
import org.khaldun.model.DatePrecision;
import org.khaldun.output.ArticleJson;

class ArticleRoundTripTest {
  @TempDir Path dir;

  private Ingest.Batch read(String... lines) throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return new Ingest(Limits.DEFAULT, System.in).readAll(List.of(file.toString()));
  }

  @Test
  void anExtractedArticleReadsBackAsTheSameArticle() throws IOException {
    Article article =
        new Article(
            "a1",
            "https://www.news.example/2023/12/talks",
            "news.example",
            LocalDate.of(2023, 12, 1),
            "Talks",
            "First paragraph.\n\nSecond paragraph.",
            DatePrecision.MONTH,
            "url",
            "en");
    StringWriter line = new StringWriter();
    ArticleJson.write(article, line);
    assertThat(line.toString()).contains("\"date\":\"2023-12\"", "\"date_source\":\"url\"");
    assertThat(read(line.toString()).articles()).containsExactly(article);
  }

  @Test
  void aMonthPrecisionDateKeepsTheArticleWithItsPrecision() throws IOException {
    Ingest.Batch batch = read("{\"id\":\"m\",\"date\":\"2023-12\",\"text\":\"Talks went on.\"}");
    assertThat(batch.rejected()).isEmpty();
    Article article = batch.articles().get(0);
    assertThat(article.published()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(article.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(article.anchorDate()).as("no made-up day to resolve 'on Sunday' against").isNull();
  }

  @Test
  void aMonthPrecisionDatePrefixKeepsTheTextArticle() throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, " date 2023-12 Talks went on.");
    Article article =
        new Ingest(Limits.DEFAULT, System.in).readAll(List.of(file.toString())).articles().get(0);
    assertThat(article.text()).isEqualTo("Talks went on.");
    assertThat(article.datePrecision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void aRecordInAnotherLanguageIsRejectedAsNotEnglish() throws IOException {
    Ingest.Batch batch = read("{\"id\":\"f\",\"lang\":\"fr\",\"text\":\"Les pourparlers.\"}");
    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.describe()).contains("articles.jsonl:1", "not English"));
  }
}
