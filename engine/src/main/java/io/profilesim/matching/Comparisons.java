package io.profilesim.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the comparisons of a job from its columns, leaving out attributes that (almost) no profile
 * has: an attribute on fewer than 1% of profiles (or fewer than two) would get m and u estimated
 * from a handful of pairs and could only add noise.
 */
final class Comparisons {
  static final double MIN_COVERAGE = 0.01;

  private Comparisons() {}

  /** Whether an attribute is common enough to take part in the model. */
  static boolean usable(Column c, int size) {
    return c.present >= 2 && c.present >= MIN_COVERAGE * size;
  }

  /** The comparisons of the configured attributes the data has enough of. */
  static List<Comparison> build(ProfileTable t, MatchingSettings s) {
    return build(t, s, attribute -> usable(t.column(attribute), t.size));
  }

  /** The comparisons of the configured attributes {@code include} accepts. */
  static List<Comparison> build(ProfileTable t, MatchingSettings s, Predicate<String> include) {
    List<Comparison> out = new ArrayList<>();
    boolean tf = s.termFrequencyAdjustment();
    for (String attribute : s.attributes()) {
      Column c = t.column(attribute);
      if (!include.test(attribute)) {
        continue;
      }
      out.add(switch (attribute) {
        case "FirstName" -> new Comparison.Name(attribute, c,
            s.nicknames() ? Nicknames.standard() : null, t.column("LastName"), tf);
        case "LastName" -> new Comparison.Name(attribute, c, null, t.column("FirstName"), tf);
        case "MiddleName" -> new Comparison.Name(attribute, c, null, null, tf);
        case "BirthDate" -> new Comparison.BirthDate(c);
        case "EmailAddress" -> new Comparison.Email(c, tf);
        case "PhoneNumber" -> new Comparison.OneEdit(attribute, c, tf);
        case "Address" -> new Comparison.Street(c, tf);
        case "Address.City" -> new Comparison.Text(attribute, c, 0.9, false);
        case "Address.PostalCode" -> new Comparison.OneEdit(attribute, c, false);
        case "Address.State", "Address.Country", "Gender", "AccountNumber" ->
            new Comparison.Exact(attribute, c, false);
        default -> new Comparison.Text(attribute, c, Comparison.CLOSE, false);
      });
    }
    linkImplied(out, "Address.State", "Address.PostalCode");
    return out;
  }

  /**
   * Marks {@code implied}'s exact level as implied by {@code finer}'s, when both are compared. A
   * postal code lies in one state (in the US, Australia and most countries), while it may span
   * several cities or suburbs: a shared code implies the state, not the city.
   */
  private static void linkImplied(List<Comparison> comparisons, String implied, String finer) {
    int f = indexOf(comparisons, finer);
    int i = indexOf(comparisons, implied);
    if (f >= 0 && i >= 0) {
      comparisons.get(i).impliedBy = f;
    }
  }

  private static int indexOf(List<Comparison> comparisons, String name) {
    for (int k = 0; k < comparisons.size(); k++) {
      if (comparisons.get(k).name.equals(name)) {
        return k;
      }
    }
    return -1;
  }
}
