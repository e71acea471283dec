/**
 * Merging profiles: auto-merging inside the Identity Resolution Job's match groups (consolidation
 * criteria, confidence threshold, RECENCY / SOURCE conflict resolution), MergeProfiles,
 * GetAutoMergingPreview and the lineage of merged profiles. {@link
 * io.profilesim.merging.MergeService} is the entry point; the rest is package-private.
 */
package io.profilesim.merging;
