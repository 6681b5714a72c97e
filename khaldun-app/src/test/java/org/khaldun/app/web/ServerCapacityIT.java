package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.store.Store;

/**
 * Hundreds of clients connecting while the server is too busy to accept: the kernel must complete
 * and hold every connection, not drop the SYNs and leave the clients to retry a second or more
 * later. The server is made busy deterministically by pausing its acceptor.
 */
final class ServerCapacityIT {
  private static final int CLIENTS = 300;

  @TempDir Path dir;

  @Test
  void hundredsOfSimultaneousConnectionsWaitInTheListenQueueNotForSynRetries() throws Exception {
    try (WebServer server =
            new WebServer(new Store(dir.resolve("none.duckdb"))).start("127.0.0.1", 0);
        Selector selector = Selector.open()) {
      ServerConnector connector = server.connector();
      connector.setAccepting(false);
      // An acceptor already blocked in accept() takes one more connection before it pauses.
      List<SocketChannel> channels = new ArrayList<>();
      try {
        for (int i = 0; i < CLIENTS; i++) {
          SocketChannel channel = SocketChannel.open();
          channels.add(channel);
          channel.configureBlocking(false);
          if (!channel.connect(new InetSocketAddress("127.0.0.1", server.port()))) {
            channel.register(selector, SelectionKey.OP_CONNECT);
          }
        }
        // On loopback the kernel completes a connection at once when the listen queue has room,
        // without the server's help; with the queue full it drops the SYN, and the retries (1 s,
        // 3 s, 7 s later) find it still full. Ten seconds is ample for the first, and no retry
        // gets in.
        long deadline = System.nanoTime() + 10_000_000_000L;
        int connected = 0;
        while (System.nanoTime() < deadline && connected < CLIENTS) {
          selector.select(100);
          selector.selectedKeys().clear();
          connected = 0;
          for (SocketChannel channel : channels) {
            try {
              if (channel.isConnected() || channel.finishConnect()) {
                connected++;
              }
            } catch (java.io.IOException e) {
              // refused or reset: not connected
            }
          }
        }
        assertThat(connected)
            .as("connections completed while the server accepted none")
            .isEqualTo(CLIENTS);
      } finally {
        connector.setAccepting(true);
        for (SocketChannel channel : channels) {
          channel.close();
        }
      }
    }
  }

  @Test
  void aCachedAnswerWaitsForTheQueriesThatCameBeforeIt() throws Exception {
    try (WebServer server = new WebServer(new Store(SeedsStore.get())).start("127.0.0.1", 0)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpRequest stats =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
              .build();
      String first = http.send(stats, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      FairGate gate = server.gate();
      int permits = 4 * Runtime.getRuntime().availableProcessors();
      for (int i = 0; i < permits; i++) {
        gate.enter(true); // as if as many queries were running
      }
      Thread waitingQuery =
          new Thread(
              () -> {
                try {
                  gate.enter(true);
                  gate.leave();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      waitingQuery.start();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (gate.waiting() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>> cached =
          http.sendAsync(stats, java.net.http.HttpResponse.BodyHandlers.ofString());
      while (gate.waiting() < 2 && !cached.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      boolean answeredPastTheQueue = cached.isDone();
      boolean queued = gate.waiting() == 2;
      for (int i = 0; i < permits; i++) {
        gate.leave();
      }
      waitingQuery.join();

      assertThat(answeredPastTheQueue).as("answered before the query that came first").isFalse();
      assertThat(queued).as("waiting at the gate behind that query").isTrue();
      assertThat(cached.get().statusCode()).isEqualTo(200);
      assertThat(cached.get().body()).isEqualTo(first);
    }
  }
}
