package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.InputException;

class FeedListTest {
  @TempDir Path dir;

  @Test
  void commentsAndBlankLinesAreSkippedAndABadLineIsReportedWithItsNumber() throws IOException {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(
        file,
        "# world news\n\nhttps://news.example/world.xml\n  not a url\n"
            + "HTTPS://NEWS.example/world.xml\nhttp://other.example/rss\n",
        StandardCharsets.UTF_8);
    FeedList list = FeedList.read(file);
    assertThat(list.feeds())
        .containsExactly("https://news.example/world.xml", "http://other.example/rss");
    assertThat(list.problems()).containsExactly(file + ":4: not an http(s) URL: not a url");
  }

  @Test
  void aMissingFileIsAnInputErrorNamingIt() {
    Path missing = dir.resolve("none.txt");
    assertThatThrownBy(() -> FeedList.read(missing))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(missing + ": cannot read the feeds file");
  }
}
