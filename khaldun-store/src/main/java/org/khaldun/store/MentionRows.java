package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;
import org.khaldun.output.EventJson;

/** Writes the rows of {@code mentions}: a batch's new mentions once their event is known. */
final class MentionRows {
  private record Pending(CodedEvent event, int evidenceStart) {}

  private final Statements statements;
  private final Map<String, Pending> pending = new HashMap<>();

  MentionRows(Statements statements) {
    this.statements = statements;
  }

  void pending(String mentionId, CodedEvent event, int evidenceStart) {
    pending.put(mentionId, new Pending(event, evidenceStart));
  }

  void insert(String mentionId, String eventId, String eventKey) throws SQLException {
    Pending p = pending.remove(mentionId);
    CodedEvent e = p.event();
    PreparedStatement insert =
        statements.get(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ActorMention s = e.source();
    ActorMention t = e.target();
    int i = 1;
    insert.setString(i++, mentionId);
    insert.setString(i++, eventId);
    insert.setString(i++, e.article());
    insert.setInt(i++, e.sentence());
    StoreWriter.setDate(insert, i++, e.date());
    insert.setString(i++, e.dateBasis().label());
    insert.setString(i++, s.code().code());
    insert.setString(i++, s.code().country());
    insert.setString(i++, s.name());
    insert.setString(i++, t == null ? null : t.code().code());
    insert.setString(i++, t == null ? null : t.code().country());
    insert.setString(i++, t == null ? null : t.name());
    insert.setString(i++, e.code().code());
    insert.setString(i++, e.code().root());
    insert.setInt(i++, e.code().quadClass());
    insert.setDouble(i++, e.code().goldstein());
    insert.setString(i++, e.code().plover());
    insert.setString(i++, e.trigger().text());
    insert.setInt(i++, e.trigger().begin());
    insert.setInt(i++, e.trigger().end());
    insert.setInt(i++, s.begin());
    insert.setInt(i++, s.endChar());
    setInteger(insert, i++, t == null ? null : t.begin());
    setInteger(insert, i++, t == null ? null : t.endChar());
    insert.setString(i++, e.evidence());
    insert.setInt(i++, p.evidenceStart());
    insert.setString(i++, e.pattern());
    insert.setDouble(i++, e.confidence());
    insert.setString(i++, EventJson.toJson(e));
    insert.setString(i, eventKey);
    insert.executeUpdate();
  }

  /** A stored mention that regrouping put in another event. */
  void move(String mentionId, String eventId) throws SQLException {
    PreparedStatement move =
        statements.get("UPDATE mentions SET event_id = ? WHERE mention_id = ?");
    move.setString(1, eventId);
    move.setString(2, mentionId);
    move.executeUpdate();
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
