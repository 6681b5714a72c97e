package org.khaldun.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.khaldun.KhaldunConfig;
import org.khaldun.crawl.Archive;
import org.khaldun.crawl.CrawlConfig;
import org.khaldun.crawl.CrawlCounts;
import org.khaldun.crawl.FeedList;
import org.khaldun.crawl.WarcArchive;
import org.khaldun.crawl.WatchEvents;
import org.khaldun.crawl.Watcher;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.Store;
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
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--feeds",
      required = true,
      paramLabel = "FILE",
      description = "Feed URLs, one a line; lines starting with # are comments.")
  Path feeds;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
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
      paramLabel = "DURATION",
      defaultValue = "1s",
      converter = DurationConverter.class,
      description =
          "Least pause between two requests to one host; a longer robots.txt Crawl-delay wins"
              + " (default: ${DEFAULT-VALUE}).")
  Duration delay;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "Time allowed to connect, and to receive a whole answer (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
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

  @Option(
      names = "--progress",
      negatable = true,
      description = "Redraw the round's counts on stderr (default: when stderr is a terminal).")
  Boolean progress;

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
    StoreIntake intake =
        new StoreIntake(store, stagesOf.apply(config), feeds.toString(), config.nlp().key());
    Archive kept =
        archive == null
            ? Archive.NONE
            : new WarcArchive(archive, crawl.archiveFileBytes(), product());
    err.println(
        "watch: "
            + list.feeds().size()
            + (list.feeds().size() == 1 ? " feed" : " feeds")
            + " into "
            + store.database()
            + (once ? ", one round" : ", a round every " + DurationConverter.format(interval)));
    err.flush();
    boolean showProgress = progress != null ? progress : System.console() != null;
    CrawlCounts total;
    CountDownLatch finished = new CountDownLatch(1);
    try (Watcher watcher = new Watcher(crawl, list.feeds(), intake, intake, kept, err)) {
      // A service manager's stop (SIGTERM) ends the watch after the page in hand, its round
      // recorded; a page cut off harder is fetched again next time, since nothing of it was kept.
      Thread stopper =
          new Thread(
              () -> {
                watcher.stop();
                try {
                  finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "khaldun-watch-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      try {
        total = watcher.run(showProgress ? new Progress(intake, err) : intake);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
          // shutting down already: the hook is running and waits for this watch to finish
        }
      }
    } finally {
      finished.countDown();
    }
    // Some feeds down is a normal day; all of them is a setup to fix.
    return total.feeds() > 0 && total.feedErrors() == total.feeds() ? 1 : 0;
  }

  /** Redraws the round's counts on one terminal line, at most five times a second. */
  private static final class Progress implements WatchEvents {
    private final WatchEvents log;
    private final PrintWriter err;
    private long lastDraw;

    Progress(WatchEvents log, PrintWriter err) {
      this.log = log;
      this.err = err;
    }

    @Override
    public void roundStarted(int round) {
      log.roundStarted(round);
    }

    @Override
    public void progress(int round, CrawlCounts soFar) {
      long now = System.nanoTime();
      if (now - lastDraw > 200_000_000L) {
        lastDraw = now;
        err.print("\rwatch: round " + round + ": " + soFar.line() + "   ");
        err.flush();
      }
    }

    @Override
    public void roundFinished(int round, CrawlCounts counts, boolean complete) {
      err.print("\r");
      log.roundFinished(round, counts, complete);
    }
  }

  private static String product() {
    String version = Main.class.getPackage().getImplementationVersion();
    return "Khaldun/" + (version == null ? "development" : version);
  }

  private String userAgent() {
    return product() + (contact == null || contact.isBlank() ? "" : " (+" + contact.strip() + ")");
  }
}
