package org.khaldun.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khaldun.InputException;

/**
 * The feeds file: one feed URL per line; blank lines and lines starting with {@code #} are
 * comments. A line that is no http(s) URL is reported with its line number and left out, so one
 * typo does not stop the watch.
 *
 * @param feeds the feed URLs in file order, each once
 * @param problems {@code file:line: reason} for each line left out
 */
public record FeedList(List<String> feeds, List<String> problems) {
  public FeedList {
    feeds = List.copyOf(feeds);
    problems = List.copyOf(problems);
  }

  /**
   * Reads {@code file}.
   *
   * @throws InputException when the file cannot be read
   */
  public static FeedList read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, "cannot read the feeds file: " + e, e);
    }
    Set<String> feeds = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String url = Urls.canonical(line);
      if (url == null) {
        problems.add(file + ":" + (i + 1) + ": not an http(s) URL: " + line);
      } else {
        feeds.add(url);
      }
    }
    return new FeedList(new ArrayList<>(feeds), problems);
  }
}
