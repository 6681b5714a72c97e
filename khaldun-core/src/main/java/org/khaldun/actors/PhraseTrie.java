package org.khaldun.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Token-sequence trie for longest-match dictionary lookup. Built once, then read-only and
 * thread-safe.
 *
 * @param <V> what a phrase maps to
 */
final class PhraseTrie<V> {
  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values;
  }

  private final Node<V> root = new Node<>();

  void add(List<String> tokens, V value) {
    Node<V> node = root;
    for (String token : tokens) {
      node = node.next.computeIfAbsent(token, k -> new Node<>());
    }
    if (node.values == null) {
      node.values = new ArrayList<>(1);
    }
    node.values.add(value);
  }

  /**
   * The longest phrase starting at {@code start}; {@code keys} gives, for a position, the
   * alternative keys of that token (for instance its lower-cased form and its lemma).
   */
  Match<V> longest(int start, int limit, IntFunction<String[]> keys) {
    // Most tokens begin no phrase: answer those without allocating anything.
    boolean begins = false;
    for (String key : keys.apply(start)) {
      if (key != null && root.next.containsKey(key)) {
        begins = true;
        break;
      }
    }
    if (!begins) {
      return null;
    }
    Match<V> best = null;
    List<Node<V>> frontier = List.of(root);
    for (int i = start; i < limit && !frontier.isEmpty(); i++) {
      List<Node<V>> nextFrontier = new ArrayList<>(2);
      for (Node<V> node : frontier) {
        for (String key : keys.apply(i)) {
          if (key == null) {
            continue;
          }
          Node<V> child = node.next.get(key);
          if (child != null && !nextFrontier.contains(child)) {
            nextFrontier.add(child);
            if (child.values != null) {
              best = new Match<>(start, i + 1, child.values);
            }
          }
        }
      }
      frontier = nextFrontier;
    }
    return best;
  }

  record Match<V>(int start, int end, List<V> values) {}
}
