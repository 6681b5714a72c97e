package org.khaldun.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.khaldun.KhaldunException;
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
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (cacheMb < 0) {
      throw new IllegalArgumentException("--cache-mb must be 0 or more, not " + cacheMb);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = start(store)) {
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

  private WebServer start(Store store) {
    WebServer server = new WebServer(store, cacheMb * 512L * 1024L);
    try {
      return server.start(bind, port);
    } catch (RuntimeException e) {
      server.close();
      if (isBindFailure(e)) {
        throw new KhaldunException(
            "cannot listen on "
                + bind
                + ":"
                + port
                + " ("
                + rootMessage(e)
                + "); is another server using it? Choose another with --port",
            e);
      }
      throw e;
    }
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("Bind")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
