package org.khaldun.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.khaldun.KhaldunConfig;
import org.khaldun.crawl.Archive;
import org.khaldun.crawl.CrawlConfig;
import org.khaldun.crawl.CrawlCounts;
import org.khaldun.crawl.FeedList;
import org.khaldun.crawl.WarcArchive;
import org.khaldun.crawl.Watcher;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khaldun watch --feeds FILE [--db FILE]}: keeps a store current from RSS and Atom feeds,
 * fetching new pages politely, coding and storing them as {@code ingest} does, round after round
 * (see docs/INGEST.md).
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description =
        "Watches RSS and Atom feeds: fetches new article pages politely, codes them and stores"
            + " them, every --interval.")
final class WatchCommand implements Callable<Integer> {
  private static final long MIB = 1024L * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--feeds",
      required = true,
      paramLabel = "FILE",
      description = "Feed URLs, one a line; lines starting with # are comments.")
  Path feeds;

  @Option(
      names = "--interval",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "Pause between rounds (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--once", description = "One round, then exit.")
  boolean once;

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "Write every answer received to WARC.gz files in DIR.")
  Path archive;

  @Option(
      names = "--archive-file-mb",
      defaultValue = "1024",
      paramLabel = "MB",
      description = "Begin a new archive file past this size (default: ${DEFAULT-VALUE}).")
  long archiveFileMb;

  @Option(
      names = "--delay",
      defaultValue = "1s",
      converter = DurationConverter.class,
      description =
          "Least pause between two requests to one host; a longer robots.txt Crawl-delay wins"
              + " (default: ${DEFAULT-VALUE}).")
  Duration delay;

  @Option(
      names = "--timeout",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "Time allowed to connect, and to receive a whole answer (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--retries",
      defaultValue = "3",
      description =
          "Further attempts after a 5xx answer or a network error, 2 s, 4 s, ... apart (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--contact",
      paramLabel = "URL",
      description =
          "A page or mailto: address for site owners, sent in the User-Agent (recommended).")
  String contact;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions options;

  private final Function<KhaldunConfig, Stages> stagesOf;

  WatchCommand() {
    this(Pipeline::standardStages);
  }

  /** With other coding stages than the standard ones (for tests that need no models). */
  WatchCommand(Function<KhaldunConfig, Stages> stagesOf) {
    this.stagesOf = stagesOf;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    FeedList list = FeedList.read(feeds);
    list.problems().forEach(problem -> err.println("watch: " + problem));
    if (list.feeds().isEmpty()) {
      throw new IllegalArgumentException(feeds + ": no feed URLs to watch");
    }
    KhaldunConfig config = options.toConfig();
    CrawlConfig crawl =
        CrawlConfig.defaults(userAgent())
            .withDelay(delay)
            .withTimeout(timeout)
            .withRetries(retries, Duration.ofSeconds(2))
            .withMaxPageBytes(
                (int) Math.min(Integer.MAX_VALUE - 16, 8L * config.limits().maxRecordBytes()))
            .withRounds(interval, once)
            .withArchive(archive, archiveFileMb * MIB);
    Store store = storeOptions.store();
    StoreWriter writer = new StoreWriter(store, UUID.randomUUID().toString());
    writer.begin("watch", feeds.toString(), config.nlp().key());
    StoreIntake intake = new StoreIntake(store, stagesOf.apply(config), writer);
    Archive kept =
        archive == null
            ? Archive.NONE
            : new WarcArchive(archive, crawl.archiveFileBytes(), product());
    CrawlCounts total = CrawlCounts.ZERO;
    String status = "failed";
    try (Watcher watcher = new Watcher(crawl, list.feeds(), intake, intake, kept, err)) {
      err.println(
          "watch: "
              + list.feeds().size()
              + " feed"
              + (list.feeds().size() == 1 ? "" : "s")
              + " into "
              + store.database()
              + (once
                  ? ", one round"
                  : ", every "
                      + interval.toString().substring(2).toLowerCase(java.util.Locale.ROOT)));
      err.flush();
      total = watcher.run();
      status = "done";
    } finally {
      writer.finish(status, total.stored(), total.skipped(), total.rejected(), total.events());
    }
    return total.feeds() == 0 && total.feedErrors() > 0 ? 1 : 0;
  }

  private static String product() {
    String version = Main.class.getPackage().getImplementationVersion();
    return "Khaldun/" + (version == null ? "development" : version);
  }

  private String userAgent() {
    return product() + (contact == null || contact.isBlank() ? "" : " (+" + contact.strip() + ")");
  }
}
