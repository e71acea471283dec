package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SourceExpressionTest {
  private static final String OBJECT =
      """
      {"email": "a@x.com", "account": 1234, "rate": 1.50, "vip": true, "none": null, "empty": "",
       "address": {"zip": "0150", "lines": ["Main St 1", "Flat 2"]},
       "customer.email": "flat@x.com", "street_number": "12", "street": "High St"}
      """;

  private static String evaluate(String source, String json) {
    SourceReader reader = new SourceReader();
    SourceExpression expression = SourceExpression.parse(source).bind(reader);
    return expression.evaluate(reader.read(json));
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "ABSENT",
      value = {
        "_source.email                                  | a@x.com",
        "_source.account                                | 1234",
        "_source.rate                                   | 1.50",
        "_source.vip                                    | true",
        "_source.none                                   | ABSENT",
        "_source.empty                                  | ABSENT",
        "_source.missing                                | ABSENT",
        "_source.address.zip                            | 0150",
        "_source.address.lines.1                        | Flat 2",
        "_source.address                                | '{\"zip\":\"0150\",\"lines\":[\"Main St"
            + " 1\",\"Flat 2\"]}'",
        "_source.customer.email                         | flat@x.com",
        "{{_source.street_number}} {{_source.street}}   | 12 High St",
        "{{_source.street_number}} {{_source.missing}}  | 12",
        "{{_source.missing}} {{_source.none}}           | ABSENT",
        "Customer {{ _source.account }}                 | Customer 1234",
        "{{_source.address.zip}}-{{_source.address.lines.0}} | 0150-Main St 1",
      })
  void evaluate_readsTheObject(String source, String expected) {
    assertThat(evaluate(source, OBJECT)).isEqualTo(expected);
  }

  @Test
  void aNestedMember_winsOverADottedName_whicheverComesFirst() {
    assertThat(evaluate("_source.a.b", "{\"a.b\": \"dotted\", \"a\": {\"b\": \"nested\"}}"))
        .isEqualTo("nested");
    assertThat(evaluate("_source.a.b", "{\"a\": {\"b\": \"nested\"}, \"a.b\": \"dotted\"}"))
        .isEqualTo("nested");
    assertThat(evaluate("_source.a.b", "{\"a\": {\"c\": 1}, \"a.b\": \"dotted\"}"))
        .isEqualTo("dotted");
  }

  @Test
  void aSubtreeAskedForWhole_alsoAnswersAccessorsBelowIt() {
    SourceReader reader = new SourceReader();
    SourceExpression whole = SourceExpression.parse("_source.address").bind(reader);
    SourceExpression zip = SourceExpression.parse("_source.address.zip").bind(reader);
    String[] read = reader.read(OBJECT);

    assertThat(whole.evaluate(read))
        .isEqualTo("{\"zip\":\"0150\",\"lines\":[\"Main St 1\",\"Flat 2\"]}");
    assertThat(zip.evaluate(read)).isEqualTo("0150");
    assertThat(reader.size()).isEqualTo(2);
  }

  @Test
  void accessors_listsWhatATemplateReads() {
    assertThat(SourceExpression.parse("{{_source.a.b}}, {{_source.c}}").accessors())
        .containsExactly("_source.a.b", "_source.c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "email                    | 'email' is not an accessor of the ingested object: accessors"
            + " start with _source. followed by a member name",
        "_source.                 | '_source.' is not an accessor of the ingested object: accessors"
            + " start with _source. followed by a member name",
        "_source.a..b             | '_source.a..b' has an empty or malformed member name",
        "{{_source.a}             | the Source has {{ without a matching }}",
        "_source.a}}              | the Source has }} without a matching {{",
        "{{_profile.FirstName}}   | '_profile.FirstName' is not an accessor of the ingested object:"
            + " accessors start with _source. followed by a member name",
      })
  void parse_refusesMalformedSources(String source, String message) {
    assertThatThrownBy(() -> SourceExpression.parse(source))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
