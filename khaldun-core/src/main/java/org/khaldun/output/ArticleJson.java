package org.khaldun.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.khaldun.ingest.html.HtmlArticles;
import org.khaldun.model.Article;

/**
 * Writes an article as the JSON line ingest reads back ({@code {"id", "url", "date", "date_source",
 * "title", "text", "lang"}}), so that extracting pages and coding the result gives the same
 * articles as coding the pages. {@code date} is {@code YYYY-MM-DD}, or {@code YYYY-MM} for a date
 * known to the month; absent fields are left out; {@code source} is written only when it is not the
 * URL's host, which reading derives. Thread-safe.
 */
public final class ArticleJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ArticleJson() {}

  /** Writes one article as a single line, without the line break. */
  public static void write(Article article, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("id", article.id());
      field(json, "url", article.url());
      if (article.source() != null
          && !Objects.equals(article.source(), HtmlArticles.host(article.url()))) {
        json.writeStringField("source", article.source());
      }
      field(json, "date", article.publishedLabel());
      field(json, "date_source", article.published() == null ? null : article.dateSource());
      field(json, "title", article.title());
      json.writeStringField("text", article.text());
      field(json, "lang", article.lang());
      json.writeEndObject();
    }
  }

  private static void field(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }
}
