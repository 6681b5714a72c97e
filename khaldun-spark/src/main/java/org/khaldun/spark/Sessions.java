package org.khaldun.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's {@link SparkSession}, for a local master or the one {@code spark-submit} set.
 */
final class Sessions {
  private Sessions() {}

  /**
   * A session on {@code master}, or on the submitted master when it is null. A local master gets
   * task retries ({@code local[N]} becomes {@code local[N,4]}, as a cluster retries a failed task),
   * no web UI and loopback addresses only.
   */
  static SparkSession create(String master, int shufflePartitions) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("khaldun")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
            // The mention rows have 50 columns; the default truncates their plans with a warning.
            .config("spark.sql.debug.maxToStringFields", "200");
    if (master != null) {
      builder
          .master(withRetries(master))
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    SparkSession session = builder.getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }

  static String withRetries(String master) {
    if (master.matches("local\\[(\\d+|\\*)\\]")) {
      return master.substring(0, master.length() - 1) + ",4]";
    }
    if (master.equals("local")) {
      return "local[1,4]";
    }
    return master;
  }
}
