package org.khaldun.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.SparkOutput;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;
import org.khaldun.testkit.Shared;

/**
 * The same articles coded by the single-JVM ingest and by the Spark job followed by import give the
 * same store, whatever the partitioning, and a task that fails once changes nothing. One Spark
 * session on {@code local[2]} and one set of models serve every test: the first job runs CoreNLP in
 * the executors and fills the annotation cache the later runs and the ingest read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class SparkEquivalenceIT {
  @TempDir Path dir;
  private SparkSession spark;
  private List<String> inputs;
  private Path cache;
  private Path parsed;
  private Path fixtures;

  /**
   * One pair's calls in two months and from several outlets, so one event key splits into several
   * events, some of several articles: what grouping per key must get right.
   */
  private static final String DYAD =
      """
      {"id": "dyad-1", "date": "2025-03-04", "source": "wire.example", "text": "Egyptian Foreign Minister Badr Abdelatty held a phone call with Turkish Foreign Minister Hakan Fidan on Monday."}
      {"id": "dyad-2", "date": "2025-03-05", "source": "paper.example", "text": "Egypt's foreign minister spoke by telephone with his Turkish counterpart on Monday, the ministry said."}
      {"id": "dyad-3", "date": "2025-06-11", "source": "wire.example", "text": "Turkish Foreign Minister Hakan Fidan phoned Egyptian Foreign Minister Badr Abdelatty on Tuesday."}
      {"id": "dyad-4", "source": "blog.example", "text": "Egyptian Foreign Minister Badr Abdelatty held a phone call with Turkish Foreign Minister Hakan Fidan."}
      {"id": "dyad-5", "date": "2025-04", "source": "monthly.example", "text": "Egyptian Foreign Minister Badr Abdelatty met Turkish Foreign Minister Hakan Fidan in Ankara on Sunday."}
      """;

  @BeforeAll
  void start() throws java.io.IOException {
    spark = Sessions.create("local[2]", 4);
    // @TempDir fields are not set yet when @BeforeAll runs.
    fixtures = Files.createTempDirectory("khaldun-spark-it");
    Path dyad = fixtures.resolve("dyad.jsonl");
    Files.writeString(dyad, DYAD, java.nio.charset.StandardCharsets.UTF_8);
    inputs =
        new ArrayList<>(
            List.of(Shared.repository().resolve("examples").toString(), dyad.toString()));
    Path seeds = Shared.repository().resolveSibling("shared").resolve("corpus/seeds.jsonl");
    if (Files.isRegularFile(seeds)) {
      inputs.add(seeds.toString());
    } else {
      System.err.println("../shared is absent: equivalence checked on the examples only");
    }
  }

  @AfterAll
  void stop() throws java.io.IOException {
    spark.stop();
    Files.deleteIfExists(fixtures.resolve("dyad.jsonl"));
    Files.deleteIfExists(fixtures);
  }

  private JobConfig config(Path out, int partitions, boolean recode) {
    return new JobConfig(
        inputs,
        out.toString(),
        null,
        partitions,
        "time",
        150,
        cache.toString(),
        recode,
        null,
        2097152,
        120_000);
  }

  private JobSummary job(Path out, int partitions, boolean recode, StageSource stages) {
    return new CodeJob(spark, config(out, partitions, recode), stages)
        .run(InputStream.nullInputStream(), new ArrayList<>());
  }

  @Test
  @Order(1)
  void coreNlpInExecutorsBuildsTheStagesOncePerJvmAndCodesEveryArticle() {
    cache = dir.resolveSibling(dir.getFileName() + "-cache");
    parsed = dir.resolveSibling(dir.getFileName() + "-parsed");
    int before = ExecutorStages.builds();
    JobSummary summary = job(parsed, 3, false, StageSource.standard());
    // Three partitions on two task threads, one build.
    assertThat(ExecutorStages.builds() - before).isEqualTo(1);
    assertThat(summary.articles()).isGreaterThanOrEqualTo(13);
    assertThat(summary.events()).isPositive();
    assertThat(SparkOutput.recognises(parsed)).isTrue();
  }

  @Test
  @Order(2)
  void sparkCodePlusImportGivesTheEventsOfIngest() throws Exception {
    Path ingested = dir.resolve("ingest.duckdb");
    ingest(ingested);
    Path imported = dir.resolve("import.duckdb");
    new SparkOutput(parsed).importInto(new Store(imported));

    assertThat(Stored.events(ingested)).isNotEmpty();
    // The dyad's calls make events in March and June and an undated one: a key that splits.
    assertThat(
            Stored.lines(
                ingested,
                "SELECT date FROM events WHERE first_actor = 'EGY' AND second_actor = 'TUR'"
                    + " AND family = '04' ORDER BY date NULLS LAST"))
        .hasSizeGreaterThanOrEqualTo(3)
        .contains("null");
    assertThat(Stored.events(imported)).isEqualTo(Stored.events(ingested));
    assertThat(Stored.mentions(imported)).isEqualTo(Stored.mentions(ingested));
    assertThat(Stored.articles(imported)).isEqualTo(Stored.articles(ingested));
    // A bad record is a reject with the reason code gives, and the job went on.
    assertThat(Stored.rejects(imported)).isNotEmpty().isEqualTo(Stored.rejects(ingested));
    // The job's own events are the store's, by the same rule.
    assertThat(Stored.jobEvents(parsed)).isEqualTo(Stored.events(ingested));
  }

  @Test
  @Order(3)
  void importingTwiceOrOverlappingRunsKeepsEachArticleOnceAndReMergesEvents() throws Exception {
    // A run over some of the articles first, given as Parquet with the JSON-lines fields, then
    // the whole: each article is stored once, under the id the JSON line gives it, and events
    // re-merge to the store one import of the whole gives.
    Path parquet = dir.resolve("more.parquet");
    Stored.execute(
        "COPY (SELECT * FROM read_json('"
            + Shared.repository().resolve("examples/articles/more.jsonl").toAbsolutePath()
            + "', columns = {id: 'VARCHAR', url: 'VARCHAR', date: 'VARCHAR', title: 'VARCHAR',"
            + " text: 'VARCHAR'})) TO '"
            + parquet
            + "' (FORMAT parquet)");
    Path some = dir.resolve("some");
    new CodeJob(
            spark,
            new JobConfig(
                List.of(parquet.toString()),
                some.toString(),
                null,
                2,
                "time",
                150,
                cache.toString(),
                true,
                null,
                2097152,
                120_000),
            StageSource.standard())
        .run(InputStream.nullInputStream(), new ArrayList<>());
    Path db = dir.resolve("overlap.duckdb");
    Store store = new Store(db);
    assertThat(new SparkOutput(some).importInto(store).stored()).isEqualTo(3);
    new SparkOutput(parsed).importInto(store);
    List<String> events = Stored.events(db);
    List<String> articles = Stored.articles(db);
    SparkOutput.Result again = new SparkOutput(parsed).importInto(store);

    assertThat(again.stored()).isZero();
    assertThat(Stored.events(db)).isEqualTo(events);
    assertThat(Stored.articles(db)).isEqualTo(articles);
    Path reference = dir.resolve("reference.duckdb");
    new SparkOutput(parsed).importInto(new Store(reference));
    assertThat(events).isEqualTo(Stored.events(reference));
  }

  @Test
  @Order(4)
  void partitionCountsDoNotChangeTheOutput() throws Exception {
    for (int partitions : new int[] {1, 7}) {
      Path out = dir.resolve("p" + partitions);
      int before = ExecutorStages.builds();
      job(out, partitions, true, StageSource.standard());
      assertThat(Stored.jobEvents(out)).isEqualTo(Stored.jobEvents(parsed));
      assertThat(Stored.jobMentions(out)).isEqualTo(Stored.jobMentions(parsed));
      if (partitions == 7) {
        // The recode stages of the first of these runs serve the second.
        assertThat(ExecutorStages.builds()).isEqualTo(before);
      }
    }
  }

  @Test
  @Order(5)
  void aTaskThatFailsOnceIsRetriedWithoutChangingTheOutput() throws Exception {
    Path marker = dir.resolve("failed-once");
    Path out = dir.resolve("retried");
    job(out, 4, true, new FailOnce(marker.toString()));
    assertThat(marker).exists();
    assertThat(Stored.jobEvents(out)).isEqualTo(Stored.jobEvents(parsed));
    assertThat(Stored.jobMentions(out)).isEqualTo(Stored.jobMentions(parsed));
  }

  @Test
  @Order(6)
  void inputsGivenAsFileUrisAreReadByTheExecutorsWithTheIdRulesOfCode() throws Exception {
    List<String> uris = new ArrayList<>();
    for (String input : inputs) {
      uris.add(Path.of(input).toAbsolutePath().toUri().toString());
    }
    // Read again after the whole: each of its lines is the same article, skipped with a notice.
    String more = Shared.repository().resolve("examples/articles/more.jsonl").toUri().toString();
    uris.add(more);
    Path out = dir.resolve("uris");
    List<Notice> notices = new ArrayList<>();
    new CodeJob(
            spark,
            new JobConfig(
                uris,
                out.toString(),
                null,
                3,
                "time",
                150,
                cache.toString(),
                true,
                null,
                2097152,
                120_000),
            StageSource.standard())
        .run(InputStream.nullInputStream(), notices);

    assertThat(Stored.jobEvents(out)).isNotEmpty().isEqualTo(Stored.jobEvents(parsed));
    assertThat(Stored.jobMentions(out)).isEqualTo(Stored.jobMentions(parsed));
    assertThat(Stored.jobArticles(out)).isEqualTo(Stored.jobArticles(parsed));
    // The same bad records with the same reasons, named by their Hadoop paths.
    List<String> rejects = Stored.jobRejects(out);
    assertThat(rejects).isNotEmpty().allMatch(r -> r.startsWith("file:/"));
    assertThat(rejects.stream().map(r -> r.substring("file:".length())).toList())
        .isEqualTo(Stored.jobRejects(parsed));
    assertThat(notices)
        .filteredOn(n -> n.kind().equals("duplicate"))
        .isNotEmpty()
        .allMatch(n -> n.source().endsWith("more.jsonl") && n.source().startsWith("file:/"));
  }

  /** Stands in for a killed executor: the first task to code an article dies, once per job. */
  private record FailOnce(String marker) implements StageSource {
    @Override
    public Stages stages(JobConfig config) {
      Stages real = ExecutorStages.get(config);
      return new Stages(
          article -> {
            try {
              Files.createFile(Path.of(marker));
            } catch (FileAlreadyExistsException e) {
              return real.annotator().annotate(article);
            } catch (java.io.IOException e) {
              throw new UncheckedIOException(e);
            }
            // An Error, which the per-record guard lets through: the task fails, not the record.
            throw new AssertionError("simulated executor loss");
          },
          real.actors(),
          real.coder());
    }
  }

  /** What {@code khaldun ingest} does: the pipeline, then the store in batches of 25. */
  private void ingest(Path db) {
    KhaldunConfig config = config(dir, 1, true).toKhaldun().withThreads(2);
    StoreWriter writer = new StoreWriter(new Store(db), "ingest");
    writer.begin("ingest", String.join(" ", inputs), config.nlp().key());
    List<Stages.Result> batch = new ArrayList<>();
    List<Rejected> rejects = new ArrayList<>();
    try (Pipeline pipeline = Pipeline.create(config)) {
      pipeline.run(
          inputs,
          InputStream.nullInputStream(),
          new ResultSink() {
            @Override
            public void coded(Stages.Result result) {
              batch.add(result);
              if (batch.size() == 25) {
                writer.write(batch, List.of());
                batch.clear();
              }
            }

            @Override
            public void rejected(Rejected rejected) {
              rejects.add(rejected);
            }
          },
          Progress.NONE);
    }
    writer.write(batch, rejects);
  }
}
