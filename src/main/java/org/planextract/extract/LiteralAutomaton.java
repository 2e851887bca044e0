package org.planextract.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed list of words: one pass over a text tells which of the
 * words occur in it, in time linear in the text (plus the matches). Built once; immutable and safe
 * to share between threads. Words are matched as UTF-16 units, exactly (no folding).
 */
final class LiteralAutomaton {
  /** Per state: its outgoing characters, sorted, and the target states. */
  private final char[][] keys;
  private final int[][] targets;
  private final int[] fail;
  /** Per state: the ids of the words ending here, including those ending at its failure states. */
  private final int[][] outputs;
  private final int wordCount;

  LiteralAutomaton(List<String> words) {
    this.wordCount = words.size();
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    trie.add(new TreeMap<>());
    ends.add(new ArrayList<>());
    for (int w = 0; w < words.size(); w++) {
      int state = 0;
      for (char c : words.get(w).toCharArray()) {
        Integer next = trie.get(state).get(c);
        if (next == null) {
          next = trie.size();
          trie.add(new TreeMap<>());
          ends.add(new ArrayList<>());
          trie.get(state).put(c, next);
        }
        state = next;
      }
      ends.get(state).add(w);
    }
    int n = trie.size();
    keys = new char[n][];
    targets = new int[n][];
    for (int s = 0; s < n; s++) {
      TreeMap<Character, Integer> edges = trie.get(s);
      keys[s] = new char[edges.size()];
      targets[s] = new int[edges.size()];
      int k = 0;
      for (var e : edges.entrySet()) {
        keys[s][k] = e.getKey();
        targets[s][k++] = e.getValue();
      }
    }
    fail = new int[n];
    outputs = new int[n][];
    outputs[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
    Deque<Integer> queue = new ArrayDeque<>();
    for (int t : targets[0]) {
      fail[t] = 0;
      queue.add(t);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int[] own = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
      int[] inherited = s == 0 ? new int[0] : outputs[fail[s]];
      outputs[s] = concat(own, inherited);
      for (int k = 0; k < keys[s].length; k++) {
        int t = targets[s][k];
        int f = fail[s];
        int via = step(f, keys[s][k]);
        fail[t] = via == t ? 0 : via;
        queue.add(t);
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private int child(int state, char c) {
    int k = Arrays.binarySearch(keys[state], c);
    return k < 0 ? -1 : targets[state][k];
  }

  /** The state after reading {@code c} in {@code state}, following failure links. */
  private int step(int state, char c) {
    int s = state;
    while (true) {
      int next = child(s, c);
      if (next >= 0) {
        return next;
      }
      if (s == 0) {
        return 0;
      }
      s = fail[s];
    }
  }

  /** The ids (positions in the word list) of the words occurring in {@code text}. */
  BitSet found(CharSequence text) {
    BitSet out = new BitSet(wordCount);
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      for (int id : outputs[state]) {
        out.set(id);
      }
    }
    return out;
  }
}
