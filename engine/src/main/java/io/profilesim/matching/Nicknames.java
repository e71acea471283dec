package io.profilesim.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Given-name equivalence from {@code nicknames.txt}: groups of names people use for one another.
 * Two names are equivalent when they share a group; a name may sit in several groups.
 */
final class Nicknames {
  private static final int[] NONE = new int[0];
  private static final Nicknames STANDARD = load();

  private final Map<String, int[]> groupsByName;

  private Nicknames(Map<String, int[]> groupsByName) {
    this.groupsByName = groupsByName;
  }

  /** The table shipped with profilesim. */
  static Nicknames standard() {
    return STANDARD;
  }

  /** The sorted ids of the groups a normalized name belongs to; empty when it is in none. */
  int[] groups(String name) {
    return name == null ? NONE : groupsByName.getOrDefault(name, NONE);
  }

  /** Whether two sorted group-id arrays share a group. */
  static boolean shareGroup(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static Nicknames load() {
    try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
      if (in == null) {
        throw new IllegalStateException("nicknames.txt is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, int[]> groups = new HashMap<>();
      int group = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        for (String name : trimmed.split(",")) {
          int[] old = groups.getOrDefault(name.trim(), NONE);
          int[] grown = Arrays.copyOf(old, old.length + 1);
          grown[old.length] = group;
          groups.put(name.trim(), grown);
        }
        group++;
      }
      return new Nicknames(Map.copyOf(groups));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
