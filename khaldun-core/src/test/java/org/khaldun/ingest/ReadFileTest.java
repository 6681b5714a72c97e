package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.dedup.ArticleIds;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

/**
 * A file read as a stream from another file system ({@link Ingest#readFile}) gives the records, ids
 * and rejects of the same file read by path, and {@link UniqueIds#idFor} decides from a text's
 * digest what reading the text decides.
 */
final class ReadFileTest {
  private static final Limits LIMITS = new Limits(400);

  @TempDir Path dir;

  @Test
  void jsonLinesTextAndHtmlReadAsStreamsGiveWhatReadingThePathsGives() throws IOException {
    write(
        "wire.jsonl",
        "{\"id\": \"a\", \"date\": \"2025-03\", \"text\": \"Egypt called Turkey.\"}\n"
            + "{\"text\": \"\"}\n"
            + "not json\n"
            + "{\"id\": \"b\", \"lang\": \"fr\", \"text\": \"L'Egypte a appele.\"}\n");
    write("story.txt", " date 2025-03-04 \nTurkey called Egypt.");
    write(
        "page.html",
        "<html><head><title>Call</title></head><body><article><p>Egypt's foreign minister"
            + " called his Turkish counterpart on Monday to discuss Gaza.</p></article></body>"
            + "</html>");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    write("big.txt", "x".repeat(500));
    write("notes.csv", "a,b");

    for (String file : List.of("wire.jsonl", "story.txt", "page.html", "latin1.txt", "big.txt")) {
      assertThat(streamed(file, false)).as(file).isEqualTo(byPath(file));
    }
    assertThat(streamed("wire.jsonl", false).articles())
        .extracting(Article::id)
        .containsExactly("a");
    assertThat(streamed("wire.jsonl", false).rejected()).hasSize(3);
    assertThat(Ingest.readsFromDirectory("notes.csv")).isFalse();
    assertThat(Ingest.readsFromDirectory("page.HTML.gz")).isTrue();
    // A file named on the command line is read as text whatever its name.
    assertThat(streamed("notes.csv", true).articles())
        .extracting(Article::id)
        .containsExactly("notes");
  }

  @Test
  void idForDecidesFromTheDigestWhatReadingTheTextsDecides() {
    List<Notice> notices = new ArrayList<>();
    UniqueIds ids = new UniqueIds(sink(new ArrayList<>(), new ArrayList<>(), notices));
    String one = "Egypt called Turkey.";
    String other = "Turkey called Egypt.";

    assertThat(ids.idFor("story", UniqueIds.textDigest(one), "a/story.txt", 0)).isEqualTo("story");
    assertThat(ids.idFor("story", UniqueIds.textDigest(one), "b/story.txt", 0)).isNull();
    assertThat(ids.idFor("story", UniqueIds.textDigest(other), "c/story.txt", 0))
        .isEqualTo(ArticleIds.derived("story", other));
    assertThat(ids.idFor("story", UniqueIds.textDigest(other), "d/story.txt", 0)).isNull();
    assertThat(notices)
        .extracting(Notice::kind)
        .containsExactly("duplicate", "renamed", "duplicate");
  }

  private Ingest.Batch streamed(String file, boolean named) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    Path path = dir.resolve(file);
    try (InputStream in = Files.newInputStream(path)) {
      new Ingest(LIMITS, InputStream.nullInputStream())
          .readFile(
              path.toString(),
              file,
              named,
              Files.size(path),
              in,
              sink(articles, rejected, notices));
    }
    return new Ingest.Batch(articles, rejected, notices);
  }

  private Ingest.Batch byPath(String file) {
    return new Ingest(LIMITS, InputStream.nullInputStream())
        .readAll(List.of(dir.resolve(file).toString()));
  }

  private static ArticleSink sink(
      List<Article> articles, List<Rejected> rejected, List<Notice> notices) {
    return new ArticleSink() {
      @Override
      public void accept(Article article, String source, int line) {
        articles.add(article);
      }

      @Override
      public void reject(Rejected r) {
        rejected.add(r);
      }

      @Override
      public void note(Notice notice) {
        notices.add(notice);
      }
    };
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
