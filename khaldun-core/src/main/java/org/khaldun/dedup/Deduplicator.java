package org.khaldun.dedup;

import java.util.List;
import org.khaldun.model.CodedEvent;

/**
 * Pipeline stage 4: merges mentions of the same real-world event. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Deduplicator {
  List<Event> merge(List<CodedEvent> events);
}
