package org.khaldun.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {
  @TempDir Path dir;

  private static final String SECOND =
      "<html><body><article><p>"
          + Pages.PARAGRAPH_3
          + "</p><p>"
          + Pages.PARAGRAPH_2
          + "</p></article></body></html>";

  @Test
  void pagesPackedInAWarcGiveTheSameTextsAsTheFiles() throws IOException {
    String first = Pages.article("", "");
    Files.writeString(dir.resolve("first.html"), first);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("second.html.gz")))) {
      out.write(Pages.bytes(SECOND));
    }
    Path warc = dir.resolve("pages.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                warc,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(response("https://news.example/2023/10/16/first", first));
      writer.write(response("https://news.example/second", SECOND));
      writer.write(
          new WarcResponse.Builder("https://news.example/logo.png")
              .date(Instant.parse("2023-10-17T10:00:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/png"), new byte[] {1, 2})
                      .build())
              .build());
    }
    Ingest ingest = new Ingest(Limits.DEFAULT, System.in);
    List<Article> files =
        ingest
            .readAll(
                List.of(
                    dir.resolve("first.html").toString(), dir.resolve("second.html.gz").toString()))
            .articles();
    Ingest.Batch fromWarc = ingest.readAll(List.of(warc.toString()));
    assertThat(fromWarc.rejected()).isEmpty();
    assertThat(fromWarc.articles())
        .extracting(Article::text)
        .containsExactlyElementsOf(files.stream().map(Article::text).toList());
    assertThat(files).extracting(Article::id).containsExactly("first", "second");
    Article second = fromWarc.articles().get(1);
    assertThat(second.url()).isEqualTo("https://news.example/second");
    assertThat(second.id()).isEqualTo(WarcArticles.idOf("https://NEWS.example:443/second#top"));
    assertThat(second.published() + " " + second.dateSource()).isEqualTo("2023-10-17 fetch");
    assertThat(fromWarc.articles().get(0).dateSource()).isEqualTo("url");
  }

  @Test
  void redirectsAndErrorPagesInAnArchiveAreNotArticles() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                warc,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(response("https://news.example/gone", Pages.article("", ""), 404, "Not Found"));
      writer.write(response("https://news.example/old", Pages.article("", ""), 301, "Moved"));
      writer.write(response("https://news.example/second", SECOND));
    }
    Ingest.Batch batch = new Ingest(Limits.DEFAULT, System.in).readAll(List.of(warc.toString()));
    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .extracting(Article::url)
        .containsExactly("https://news.example/second");
  }

  @Test
  void aFileThatIsNoWarcIsRejectedWithItsName() throws IOException {
    Path bad = dir.resolve("broken.warc");
    Files.writeString(bad, "this is not an archive");
    Ingest.Batch batch = new Ingest(Limits.DEFAULT, System.in).readAll(List.of(bad.toString()));
    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.describe()).contains("broken.warc"));
  }

  private static WarcResponse response(String url, String html) throws IOException {
    return response(url, html, 200, "OK");
  }

  private static WarcResponse response(String url, String html, int status, String reason)
      throws IOException {
    return new WarcResponse.Builder(url)
        .date(Instant.parse("2023-10-17T10:00:00Z"))
        .body(
            new HttpResponse.Builder(status, reason)
                .body(MediaType.parse("text/html; charset=utf-8"), Pages.bytes(html))
                .build())
        .build();
  }
}
