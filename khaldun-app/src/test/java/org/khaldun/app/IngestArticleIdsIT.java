package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.dedup.ArticleIds;
import org.khaldun.testkit.SyntheticCorpus;

/** Ingesting one folder, then another whose files reuse its article ids for other texts. */
final class IngestArticleIdsIT {
  @TempDir Path work;

  private String ingest(Path input, Path db) {
    StringWriter err = new StringWriter();
    int status =
        Main.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "ingest",
            input.toString(),
            "--db",
            db.toString(),
            "--cache",
            work.resolve("cache").toString(),
            "--recode",
            "--no-progress");
    assertThat(status).as(err.toString()).isZero();
    return err.toString();
  }

  @Test
  void anotherTextUnderAStoredIdIsStoredUnderADerivedIdAndSaidSo() throws Exception {
    Path all = work.resolve("all.jsonl");
    SyntheticCorpus.write(all, work.resolve("cache"), 3);
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> lines = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(all)) {
      lines.add((ObjectNode) json.readTree(line));
    }
    Files.createDirectories(work.resolve("day1"));
    Files.createDirectories(work.resolve("day2"));
    Files.writeString(work.resolve("day1/feed.jsonl"), lines.get(0) + "\n" + lines.get(1) + "\n");
    ObjectNode reused = lines.get(2).deepCopy().put("id", "synthetic-0");
    Files.writeString(work.resolve("day2/feed.jsonl"), reused + "\n" + lines.get(1) + "\n");
    Path db = work.resolve("store.duckdb");

    ingest(work.resolve("day1"), db);
    String day2 = ingest(work.resolve("day2"), db);

    String derived = ArticleIds.derived("synthetic-0", lines.get(2).get("text").asText());
    assertThat(day2)
        .contains("stored 1 article ")
        .contains("(1 already stored and skipped)")
        .contains("stored 1 article under a derived id, its id being already stored")
        .contains("synthetic-0 -> " + derived);
    String again = ingest(work.resolve("day2"), db);
    assertThat(again).contains("stored 0 articles").contains("2 already stored and skipped");
    assertThat(again).doesNotContain("derived id");
  }

  @Test
  void twoFoldersInOneRunGiveTheIdsThatTwoRunsGive() throws Exception {
    Path all = work.resolve("one-run.jsonl");
    SyntheticCorpus.write(all, work.resolve("cache"), 2);
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> lines = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(all)) {
      lines.add(((ObjectNode) json.readTree(line)).put("id", "story"));
    }
    List<String> texts = lines.stream().map(l -> l.get("text").asText()).toList();
    for (int day = 0; day < 2; day++) {
      Path folder = Files.createDirectories(work.resolve("one/day" + day));
      Files.writeString(folder.resolve("feed.jsonl"), lines.get(day) + "\n");
    }
    Path db = work.resolve("one-run.duckdb");

    String run = ingest(work.resolve("one"), db);

    assertThat(run)
        .contains("stored 2 articles")
        .contains("id taken by other text, read under a derived id: 1 article")
        .contains("read as " + ArticleIds.derived("story", texts.get(1)));
    String again = ingest(work.resolve("one"), db);
    assertThat(again).contains("stored 0 articles").contains("2 already stored and skipped");
  }
}
