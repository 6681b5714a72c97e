package org.khaldun.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.khaldun.app.web.WebServer;
import org.khaldun.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khaldun serve}: the REST API and web UI over the event store, on localhost by default. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the REST API and the web UI over the event store (read-only).")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(
      names = "--cache-mb",
      defaultValue = "64",
      description =
          "Memory for cached API answers, which stay valid until the store changes (default: ${DEFAULT-VALUE}; 0 turns caching off).")
  int cacheMb;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws InterruptedException {
    Store store = storeOptions.store();
    if (!store.exists()) {
      throw new IllegalArgumentException(
          "no event store at " + store.database() + " (run 'khaldun ingest' first, or pass --db)");
    }
    if (cacheMb < 0) {
      throw new IllegalArgumentException("--cache-mb must be 0 or more, not " + cacheMb);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = new WebServer(store, cacheMb * 512L * 1024L).start(bind, port)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "khaldun-serve-stop"));
      spec.commandLine()
          .getErr()
          .println(
              "serving "
                  + store.database()
                  + " at http://"
                  + bind
                  + ":"
                  + server.port()
                  + "/ (Ctrl-C stops)");
      spec.commandLine().getErr().flush();
      stopped.await();
    }
    return 0;
  }
}
