package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class JsonRecordsTest {
  @Test
  void toJson_nestsDottedFields_andLeavesMissingOnesOut() {
    String[] values = new String[Source.WEB_ORDERS.fieldNames().size()];
    values[Source.WEB_ORDERS.fieldIndex("order_id")] = "WO-1";
    values[Source.WEB_ORDERS.fieldIndex("customer.first_name")] = "Zoë";
    values[Source.WEB_ORDERS.fieldIndex("customer.email")] = "z\"q@example.com";
    values[Source.WEB_ORDERS.fieldIndex("shipping.city")] = "Boise";
    values[Source.WEB_ORDERS.fieldIndex("total")] = "9.50";

    assertThat(JsonRecords.toJson(Source.WEB_ORDERS, values)).isEqualTo(
        "{\"order_id\":\"WO-1\",\"customer\":{\"first_name\":\"Zoë\","
            + "\"email\":\"z\\\"q@example.com\"},\"shipping\":{\"city\":\"Boise\"},"
            + "\"total\":\"9.50\"}");
  }

  @Test
  void toJson_writesFlatSourcesFlat() {
    String[] values = new String[Source.CONTACT_CENTER.fieldNames().size()];
    values[Source.CONTACT_CENTER.fieldIndex("contact_id")] = "c-1";
    values[Source.CONTACT_CENTER.fieldIndex("phone_number")] = "+15550100000";

    assertThat(JsonRecords.toJson(Source.CONTACT_CENTER, values))
        .isEqualTo("{\"contact_id\":\"c-1\",\"phone_number\":\"+15550100000\"}");
  }
}
