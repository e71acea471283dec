package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FieldStampsTest {
  private static final long T1 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private static final long T2 = Instant.parse("2026-02-01T00:00:00Z").toEpochMilli();

  @Test
  void with_stampsEveryAttribute_inNameOrder() {
    FieldStamps s =
        FieldStamps.EMPTY.with(List.of("LastName", "Address.City", "FirstName"), T1, "Crm");

    assertThat(s.attributes()).containsExactly("Address.City", "FirstName", "LastName");
    assertThat(s.get("FirstName")).isEqualTo(new FieldStamp(Instant.ofEpochMilli(T1), "Crm"));
    assertThat(s.get("MiddleName")).isNull();
    assertThat(s.updatedAtMillis("MiddleName")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void with_onExistingStamps_replacesOnlyTheNamedOnes() {
    FieldStamps s =
        FieldStamps.EMPTY
            .with(List.of("FirstName", "LastName"), T1, "Crm")
            .with(List.of("LastName", "Attributes.tier"), T2, FieldStamps.PROFILE_API);

    assertThat(s.source("FirstName")).isEqualTo("Crm");
    assertThat(s.updatedAtMillis("FirstName")).isEqualTo(T1);
    assertThat(s.source("LastName")).isEqualTo("_profile");
    assertThat(s.updatedAtMillis("Attributes.tier")).isEqualTo(T2);
    assertThat(s.attributesFrom("_profile")).containsExactly("Attributes.tier", "LastName");
  }

  @Test
  void without_dropsStamps_andLeavesTheOriginalUnchanged() {
    FieldStamps before = FieldStamps.EMPTY.with(List.of("FirstName", "LastName"), T1, "Crm");

    FieldStamps after = before.without(List.of("FirstName"));

    assertThat(after.attributes()).containsExactly("LastName");
    assertThat(before.attributes()).containsExactly("FirstName", "LastName");
  }

  @Test
  void equalStamps_areEqual_whetherUniformOrMixed() {
    FieldStamps uniform = FieldStamps.EMPTY.with(List.of("A", "B"), T1, "Crm");
    FieldStamps mixed =
        FieldStamps.builder()
            .put("A", T2, "Web")
            .put("B", T1, "Crm")
            .build()
            .with(List.of("A"), T1, "Crm");

    assertThat(mixed).isEqualTo(uniform).hasSameHashCodeAs(uniform);
    assertThat(uniform.toString())
        .isEqualTo("{A=2026-01-01T00:00:00Z from Crm, B=2026-01-01T00:00:00Z from Crm}");
  }

  @Test
  void with_onEmptyStamps_sharesEqualStampsOfANewProfile_andRepeatedNamesStillCount() {
    FieldStamps a = FieldStamps.EMPTY.with(List.of("LastName", "FirstName"), T1, "Crm");
    FieldStamps b = FieldStamps.EMPTY.with(List.of("FirstName", "LastName"), T1, "Crm");
    FieldStamps later = FieldStamps.EMPTY.with(List.of("FirstName", "LastName"), T2, "Crm");
    FieldStamps repeated =
        FieldStamps.EMPTY.with(List.of("FirstName", "LastName", "FirstName"), T1, "Crm");

    assertThat(b).isSameAs(a);
    assertThat(later).isNotEqualTo(a);
    assertThat(later.updatedAtMillis("LastName")).isEqualTo(T2);
    assertThat(repeated).isEqualTo(a);
    assertThat(repeated.attributes()).containsExactly("FirstName", "LastName");
  }
}
