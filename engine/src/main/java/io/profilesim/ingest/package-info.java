/**
 * Getting data into a domain the way Customer Profiles does: object types with their field mappings
 * and keys, PutProfileObject with key resolution, the dead-letter queue, and bulk ingestion of CSV
 * and JSON Lines files. Implementation, not API: types are public only for the other profilesim
 * packages.
 */
package io.profilesim.ingest;
