package io.profilesim;

import java.time.Instant;
import java.util.Objects;

/**
 * An object that could not be ingested, as the domain's dead-letter queue received it. This goes
 * beyond AWS, which sends such objects to an SQS queue; profilesim keeps an in-process queue per
 * {@code DeadLetterQueueUrl}, read with {@link CustomerProfiles#deadLetterQueue(String)}. Written
 * with {@link io.profilesim.json.AwsJson} it is one JSON Lines record with AWS-style member names
 * ({@code DomainName}, {@code ObjectTypeName}, {@code Object}, {@code Reason}, {@code Timestamp},
 * {@code Source}, {@code LineNumber}).
 *
 * @param domainName the domain the object was sent to
 * @param objectTypeName the object type it was sent through
 * @param object the object as it was sent (for a CSV row, the row as a JSON object)
 * @param reason why it was rejected, starting with the kind of failure ({@code Malformed JSON},
 *     {@code Missing UNIQUE key field}, {@code No matching profile}, {@code Object too large},
 *     {@code Unparsable timestamp}, {@code Invalid field value}, {@code Quota exceeded})
 * @param timestamp when it was rejected, by the instance's clock
 * @param source the file it came from in bulk ingestion, or {@code null} for PutProfileObject
 * @param lineNumber the line of that file where its row starts (1-based), or {@code null}
 */
public record DeadLetterMessage(
    String domainName,
    String objectTypeName,
    String object,
    String reason,
    Instant timestamp,
    String source,
    Long lineNumber) {

  public DeadLetterMessage {
    Objects.requireNonNull(domainName, "domainName");
    Objects.requireNonNull(objectTypeName, "objectTypeName");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
