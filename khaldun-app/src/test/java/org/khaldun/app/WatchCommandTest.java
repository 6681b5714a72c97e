package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {
  @TempDir Path dir;

  private int watch(StringWriter err, String... args) {
    return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
  }

  @Test
  void aFeedsFileWithNoFeedIsBadInputNamingTheFileAndItsBadLines() throws IOException {
    Path feeds = dir.resolve("feeds.txt");
    Files.writeString(feeds, "# nothing yet\nnews.example/rss\n");
    StringWriter err = new StringWriter();
    int code =
        watch(err, "watch", "--feeds", feeds.toString(), "--db", dir.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(feeds + ":2: not an http(s) URL: news.example/rss")
        .contains("khaldun watch: " + feeds + ": no feed URLs to watch");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void durationsAreReadAsPeopleWriteThem() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(converter.convert("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(DurationConverter.format(Duration.ofMinutes(15))).isEqualTo("15m");
  }

  @Test
  void aDurationWithoutAUnitIsABadOptionValue() {
    StringWriter err = new StringWriter();
    int code = watch(err, "watch", "--feeds", "f.txt", "--interval", "15");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("'15' is no duration; write it like 500ms, 30s, 15m or 1h");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new DurationConverter().convert("soon"))
        .isInstanceOf(CommandLine.TypeConversionException.class);
  }
}
