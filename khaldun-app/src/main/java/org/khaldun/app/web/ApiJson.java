package org.khaldun.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.ontology.Cameo;
import org.khaldun.store.Queries;

/** Turns store rows into the JSON shapes of docs/API.md. Stateless. */
final class ApiJson {
  private ApiJson() {}

  static Map<String, Object> event(Queries.EventRow e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.eventId());
    json.put("date", date(e.date()));
    json.put("source", actor(e.sourceCode(), e.sourceCountry(), e.sourceName()));
    json.put(
        "target",
        e.targetCode() == null ? null : actor(e.targetCode(), e.targetCountry(), e.targetName()));
    json.put("cameo", e.cameo());
    json.put("cameo_name", Cameo.bundled().get(e.cameo()).name());
    json.put("cameo_root", e.cameo().substring(0, 2));
    json.put("plover", e.plover());
    json.put("quad_class", e.quadClass());
    json.put("goldstein", e.goldstein());
    json.put("num_mentions", e.numMentions());
    json.put("num_sources", e.numSources());
    json.put("num_articles", e.numArticles());
    json.put("first_seen", date(e.firstSeen()));
    json.put("last_seen", date(e.lastSeen()));
    json.put("evidence", e.evidence());
    return json;
  }

  static Map<String, Object> mention(Queries.MentionRow m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", m.mentionId());
    json.put("event_id", m.eventId());
    json.put("article", m.articleId());
    json.put("sentence", m.sentence());
    json.put("date", date(m.date()));
    json.put("date_basis", m.dateBasis());
    json.put("source", span(m.sourceCode(), m.sourceName(), m.sourceStart(), m.sourceEnd()));
    json.put(
        "target",
        m.targetCode() == null
            ? null
            : span(m.targetCode(), m.targetName(), m.targetStart(), m.targetEnd()));
    json.put("cameo", m.cameo());
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("text", m.triggerText());
    trigger.put("start", m.triggerStart());
    trigger.put("end", m.triggerEnd());
    json.put("trigger", trigger);
    json.put("evidence", m.evidence());
    json.put("evidence_start", m.evidenceStart());
    json.put("pattern", m.pattern());
    json.put("confidence", m.confidence());
    json.put("url", m.url());
    json.put("outlet", m.outlet());
    json.put("published", date(m.published()));
    return json;
  }

  static Map<String, Object> article(Queries.ArticleDetail a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.articleId());
    json.put("url", a.url());
    json.put("outlet", a.outlet());
    json.put("published", date(a.published()));
    json.put("title", a.title());
    json.put("text", a.text());
    List<Map<String, Object>> spans = new ArrayList<>();
    for (Queries.MentionRow m : a.mentions()) {
      spans.add(
          articleSpan("source", m.sourceStart(), m.sourceEnd(), m.sourceCode(), m.sourceName(), m));
      if (m.targetCode() != null && m.targetStart() != null) {
        spans.add(
            articleSpan(
                "target", m.targetStart(), m.targetEnd(), m.targetCode(), m.targetName(), m));
      }
      spans.add(
          articleSpan(
              "trigger",
              m.triggerStart(),
              m.triggerEnd(),
              m.cameo(),
              Cameo.bundled().get(m.cameo()).name(),
              m));
    }
    json.put("spans", spans);
    return json;
  }

  private static Map<String, Object> articleSpan(
      String kind, int start, int end, String code, String label, Queries.MentionRow m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("start", start);
    json.put("end", end);
    json.put("code", code);
    json.put("label", label);
    json.put("event_id", m.eventId());
    json.put("mention_id", m.mentionId());
    return json;
  }

  private static Map<String, Object> actor(String code, String country, String name) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code);
    json.put("country", country);
    json.put("name", name);
    return json;
  }

  private static Map<String, Object> span(String code, String name, Integer start, Integer end) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code);
    json.put("name", name);
    json.put("start", start);
    json.put("end", end);
    return json;
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static Map<String, Object> reject(org.khaldun.store.StoredRejects.Row row) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", row.source());
    out.put("line", row.line());
    out.put("stage", row.stage());
    out.put("reason", row.reason());
    out.put("article_id", row.articleId());
    out.put("run_id", row.runId());
    out.put("rejected_at", row.rejectedAt() == null ? null : row.rejectedAt().toString());
    return out;
  }
}
