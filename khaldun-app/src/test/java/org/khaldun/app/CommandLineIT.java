package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Article;
import org.khaldun.testkit.Shared;

/** The khaldun command line end to end, with real models, on the bundled synthetic examples. */
final class CommandLineIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  private record Result(int status, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(status, out.toString(), err.toString());
  }

  private Path examples() {
    return Shared.repository().resolve("examples");
  }

  @Test
  void codeWritesEventRecordsWhoseOffsetsPointIntoTheArticles() throws IOException {
    Path events = work.resolve("events.jsonl");
    Result result =
        run(
            "code",
            examples().toString(),
            "--out",
            events.toString(),
            "--cache",
            work.resolve("cache").toString());

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("date").contains("041 Discuss by telephone");
    assertThat(result.err())
        .contains("coded 13 articles")
        .contains("rejected 4 records")
        .contains("not articles by type, left aside: 2 files");
    Map<String, String> texts = new HashMap<>();
    for (Article article :
        new Ingest(Limits.DEFAULT, java.io.InputStream.nullInputStream())
            .readAll(List.of(examples().toString()))
            .articles()) {
      texts.put(article.id(), article.text());
    }
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(20);
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      for (String field :
          List.of(
              "id",
              "article",
              "sentence",
              "date",
              "date_basis",
              "source",
              "target",
              "cameo",
              "cameo_root",
              "quad_class",
              "goldstein",
              "plover",
              "plover_mode",
              "trigger",
              "evidence",
              "pattern",
              "confidence")) {
        assertThat(event.has(field)).as("field %s in %s", field, line).isTrue();
      }
      String text = texts.get(event.get("article").asText());
      JsonNode source = event.get("source");
      String sourceSpan = text.substring(source.get("start").asInt(), source.get("end").asInt());
      assertThat(sourceSpan).isNotBlank();
      assertThat(event.get("evidence").asText())
          .as("source span lies in the evidence")
          .contains(sourceSpan);
      JsonNode trigger = event.get("trigger");
      assertThat(text.substring(trigger.get("start").asInt(), trigger.get("end").asInt()))
          .isEqualTo(trigger.get("text").asText());
      assertThat(event.get("evidence").asText()).contains(trigger.get("text").asText());
      assertThat(event.get("cameo").asText()).startsWith(event.get("cameo_root").asText());
    }
    List<String> rejects = Files.readAllLines(work.resolve("rejects.txt"), StandardCharsets.UTF_8);
    assertThat(rejects).anySatisfy(r -> assertThat(r).contains("broken.jsonl:2"));
    assertThat(rejects).anySatisfy(r -> assertThat(r).contains("latin1.txt").contains("not UTF-8"));
    assertThat(rejects).noneSatisfy(r -> assertThat(r).contains("README.md"));
  }

  @Test
  void explainShowsThePatternBehindEachEvent() {
    Result result =
        run(
            "code",
            examples().resolve("articles/07_eu_sanctions_iran.txt").toString(),
            "--explain",
            "--cache",
            work.resolve("cache").toString());

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("pattern reduce/impose-sanctions (org/khaldun/coding/patterns.txt:");
  }

  @Test
  void evalPrintsTheThreeLevelsAndHonoursFloors() {
    Path shared = Shared.require();
    Result result =
        run(
            "eval",
            "--gold",
            shared.resolve("eval/seeds.gold.jsonl").toString(),
            "--articles",
            shared.resolve("corpus/seeds.jsonl").toString(),
            "--cache",
            work.resolve("cache").toString(),
            "--floor",
            "root=0.75");

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out().lines().toList())
        .first()
        .isEqualTo("level       P      R     F1  hits  false  gold");
    assertThat(result.out())
        .containsPattern("(?m)^root +\\d\\.\\d{3} +1\\.000 ")
        .containsPattern("(?m)^date ")
        .containsPattern("(?m)^code ");

    Result strict =
        run(
            "eval",
            "--gold",
            shared.resolve("eval/seeds.gold.jsonl").toString(),
            "--articles",
            shared.resolve("corpus/seeds.jsonl").toString(),
            "--cache",
            work.resolve("cache").toString(),
            "--floor",
            "code=0.99");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.err()).contains("code F1").contains("below the floor");
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    assertThat(run("code").status()).isEqualTo(2);
    Result badNer = run("code", examples().toString(), "--ner", "huge");
    assertThat(badNer.status()).isEqualTo(2);
    assertThat(badNer.err()).contains("unknown NER mode 'huge'");
    Result recodeWithoutCache = run("code", examples().toString(), "--recode", "--no-cache");
    assertThat(recodeWithoutCache.status()).isEqualTo(2);
    assertThat(recodeWithoutCache.err()).contains("cannot be combined");
  }

  @Test
  void benchEndsWithTheThroughputRatioLine() {
    Result result =
        run(
            "bench",
            examples().resolve("articles/01_egypt_turkey_phone_call.txt").toString(),
            "--rounds",
            "1",
            "--threads",
            "1,2",
            "--recode-seconds",
            "0.5");

    assertThat(result.status()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .matches("throughput ratio pipeline/corenlp: \\d+\\.\\d{3}");
    assertThat(result.out())
        .contains("bare CoreNLP")
        .contains("pipeline")
        .contains("recode (cache)")
        .contains("peak heap");
  }

  @Test
  void aLoneSurrogateInOneRecordCostsNoOtherRecordItsEvents() throws IOException {
    Path articles =
        Files.writeString(
            work.resolve("surrogate.jsonl"),
            "{\"id\":\"odd\",\"date\":\"2023-10-12\",\"text\":\"Iran \\ud800 condemned Israel on Monday.\"}\n"
                + "{\"id\":\"plain\",\"date\":\"2023-10-12\",\"text\":\"Egypt condemned Israel on Monday.\"}\n");
    Path events = work.resolve("surrogate-events.jsonl");

    Result result =
        run(
            "code",
            articles.toString(),
            "--out",
            events.toString(),
            "--cache",
            work.resolve("cache").toString(),
            "--quiet");

    assertThat(result.status()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"article\":\"odd\"").contains("Iran \uFFFD condemned");
    assertThat(lines.get(1)).contains("\"article\":\"plain\"");
  }

  @Test
  void inputThatIsAllBadExitsTwoForCode() throws IOException {
    Path empty = Files.writeString(work.resolve("empty.txt"), "  \n");

    String rejects = work.resolve("all-bad-rejects.txt").toString();
    Result missing =
        run("code", work.resolve("nowhere.txt").toString(), "--quiet", "--rejects", rejects);
    Result blank = run("code", empty.toString(), "--quiet", "--rejects", rejects);

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    assertThat(blank.status()).isEqualTo(2);
    assertThat(blank.err()).contains("empty article");
  }
}
