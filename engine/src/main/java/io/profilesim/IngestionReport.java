package io.profilesim;

/**
 * Counts of a bulk ingestion, reported while it runs and returned when it ends. Every row is either
 * accepted (stored as an object) or rejected (sent to the domain's dead-letter queue with its line
 * number and reason), so {@code rows == accepted + rejected}.
 *
 * @param source the file (or the name given to the stream) being ingested
 * @param rows how many rows were read so far
 * @param accepted how many of them were stored
 * @param rejected how many of them went to the dead-letter queue
 */
public record IngestionReport(String source, long rows, long accepted, long rejected) {}
