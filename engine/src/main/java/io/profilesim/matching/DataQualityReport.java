package io.profilesim.matching;

import java.util.List;

/**
 * What the run found wrong with, or missing from, the profiles' data.
 *
 * @param issues values that could not be used (unparsable birth dates, short phone numbers ...)
 * @param genericValues emails, phones and street lines shared by so many profiles that they were
 *     ignored (most shared first)
 * @param coverage for each configured attribute, how many profiles have it and whether it took
 *     part in the model
 */
public record DataQualityReport(
    List<Issue> issues, List<GenericValue> genericValues, List<Coverage> coverage) {

  public DataQualityReport {
    issues = List.copyOf(issues);
    genericValues = List.copyOf(genericValues);
    coverage = List.copyOf(coverage);
  }

  /**
   * Values of one attribute that were treated as missing, or kept but look wrong.
   *
   * @param attribute the attribute, for example {@code BirthDate}
   * @param problem what is wrong, for example {@code unparsable date}
   * @param count how many values
   * @param exampleProfileIds up to five profiles holding such a value, sorted
   */
  public record Issue(String attribute, String problem, int count, List<String> exampleProfileIds) {
    public Issue {
      exampleProfileIds = List.copyOf(exampleProfileIds);
    }
  }

  /**
   * A value too widely shared to identify anyone.
   *
   * @param attribute the attribute
   * @param value the normalized value
   * @param profiles how many profiles hold it
   */
  public record GenericValue(String attribute, String value, int profiles) {}

  /**
   * How much of the data has an attribute.
   *
   * @param attribute the attribute
   * @param profiles profiles with a usable value
   * @param used whether it took part in the model (attributes on under 1% of profiles do not)
   */
  public record Coverage(String attribute, int profiles, boolean used) {}
}
