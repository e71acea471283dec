package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.FieldContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FieldTargetsTest {
  private static FieldMapping field(String name, String target, FieldContentType type) {
    return new FieldMapping(
        name, SourceExpression.parse("_source." + name), target, type);
  }

  @Test
  void of_numbersTargetsInNameOrder_sharingEqualTargets_andInfersEmailAndPhone() {
    FieldTargets targets =
        FieldTargets.of(
            List.of(
                field("last", "LastName", FieldContentType.NAME),
                field("email", null, FieldContentType.EMAIL_ADDRESS),
                field("city", "Address.City", FieldContentType.STRING),
                field("surname", "LastName", FieldContentType.NAME),
                field("id", null, FieldContentType.STRING),
                field("phone", null, FieldContentType.PHONE_NUMBER)));

    assertThat(targets.attributes())
        .containsExactly("Address.City", "EmailAddress", "LastName", "PhoneNumber");
    assertThat(targets.target()).containsExactly(2, -1, 0, 2, -1, -1);
    assertThat(targets.inferred()).containsExactly(-1, 1, -1, -1, -1, 3);
  }
}
