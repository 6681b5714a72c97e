package org.khaldun.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Stages;

/**
 * The stages of one executor JVM, built on the first task that needs them and shared by every task
 * after it: CoreNLP models (about 1 GB), dictionaries and patterns are too heavy to build per
 * record or per partition. Stages are thread-safe, so the executor's task threads use one instance
 * at once. A static holder is the one place a Spark executor keeps state between tasks.
 */
final class ExecutorStages {
  private static final Map<String, Stages> BUILT = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorStages() {}

  static Stages get(JobConfig config) {
    // computeIfAbsent blocks other tasks of this JVM until the one build is done.
    return BUILT.computeIfAbsent(
        config.stagesKey(),
        key -> {
          BUILDS.incrementAndGet();
          return Pipeline.standardStages(config.toKhaldun());
        });
  }

  /** How many times this JVM built stages: once per distinct configuration. */
  static int builds() {
    return BUILDS.get();
  }
}
