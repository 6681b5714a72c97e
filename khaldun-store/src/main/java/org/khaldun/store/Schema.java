package org.khaldun.store;

import java.util.List;

/**
 * The store's tables, as numbered migrations. A database records the version it has reached in
 * {@code schema_version}; opening it applies the missing migrations in one transaction each.
 * Migrations are append-only: a released one is never edited, a change is a new one.
 */
final class Schema {
  private Schema() {}

  /** Migration N (1-based) is {@code MIGRATIONS.get(N - 1)}. */
  static final List<String> MIGRATIONS =
      List.of(
          // 1: the first schema.
          """
      CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, inputs VARCHAR, nlp_key VARCHAR,
        started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR NOT NULL,
        articles INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0, mentions INTEGER DEFAULT 0);
      CREATE TABLE articles (
        article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE, url VARCHAR, source VARCHAR,
        published DATE, title VARCHAR, text VARCHAR NOT NULL, sentences INTEGER NOT NULL,
        run_id VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL);
      CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY, event_seq BIGINT NOT NULL UNIQUE, date DATE,
        family VARCHAR NOT NULL, first_actor VARCHAR NOT NULL, second_actor VARCHAR NOT NULL, unordered BOOLEAN NOT NULL,
        source_code VARCHAR NOT NULL, source_country VARCHAR, source_name VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
        cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
        plover VARCHAR, plover_mode VARCHAR, num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL, first_seen DATE, last_seen DATE, representative VARCHAR NOT NULL,
        evidence VARCHAR NOT NULL, record VARCHAR NOT NULL);
      CREATE TABLE mentions (
        mention_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
        date DATE, date_basis VARCHAR NOT NULL, source_code VARCHAR NOT NULL, source_country VARCHAR, source_name VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL,
        quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, trigger_text VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
        target_start INTEGER, target_end INTEGER, evidence VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, pattern VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL, record VARCHAR NOT NULL);
      CREATE TABLE actors (
        name VARCHAR NOT NULL, code VARCHAR NOT NULL, country VARCHAR, basis VARCHAR NOT NULL,
        first_date DATE, last_date DATE, mentions INTEGER NOT NULL, PRIMARY KEY (name, code));
      CREATE TABLE rejects (
        source VARCHAR NOT NULL, line INTEGER NOT NULL, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL,
        article_id VARCHAR, run_id VARCHAR NOT NULL, rejected_at TIMESTAMP NOT NULL,
        PRIMARY KEY (source, line, stage, reason));
      CREATE INDEX events_key ON events (family, first_actor, second_actor);
      CREATE INDEX mentions_event ON mentions (event_id);
      CREATE INDEX mentions_article ON mentions (article_id);
      """,
          // 2: each mention carries its event key, so a writer finds the mentions near a new one
          // and regroups them whatever order they came in (see EventMerger). DuckDB indexes no
          // column a transaction has already updated, hence the index before the backfill.
          """
      ALTER TABLE mentions ADD COLUMN event_key VARCHAR;
      CREATE INDEX mentions_key ON mentions (event_key);
      UPDATE mentions SET event_key = e.family || '|' || e.first_actor || '|' || e.second_actor || '|'
        || CASE WHEN e.unordered THEN 'u' ELSE 'o' END FROM events e WHERE e.event_id = mentions.event_id;
      """,
          // 3: what the feed watcher remembers across restarts: the URLs it is done with (stored,
          // rejected, or a copy of a stored page) and each feed's validators for conditional GET.
          """
      CREATE TABLE crawl_urls (
        url VARCHAR PRIMARY KEY, outcome VARCHAR NOT NULL, article_id VARCHAR, seen_at TIMESTAMP NOT NULL);
      CREATE TABLE crawl_feeds (
        feed_url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP NOT NULL);
      """);
}
