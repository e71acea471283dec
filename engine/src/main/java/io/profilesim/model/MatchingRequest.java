package io.profilesim.model;

/**
 * The flag that enables the matching process of duplicate profiles.
 *
 * <p>Shape {@code MatchingRequest}. Required: {@code Enabled}.
 *
 * @param enabled the flag that enables the matching process of duplicate profiles.
 * @param jobSchedule the day and time when do you want to start the Identity Resolution Job every
 * week.
 * @param autoMerging configuration information about the auto-merging process.
 * @param exportingConfig configuration information for exporting Identity Resolution results, for
 * example, to an S3 bucket.
 */
public record MatchingRequest(
    Boolean enabled,
    JobSchedule jobSchedule,
    AutoMerging autoMerging,
    ExportingConfig exportingConfig) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .jobSchedule(jobSchedule)
        .autoMerging(autoMerging)
        .exportingConfig(exportingConfig);
  }

  /** Builds a {@link MatchingRequest}. */
  public static final class Builder {
    private Boolean enabled;
    private JobSchedule jobSchedule;
    private AutoMerging autoMerging;
    private ExportingConfig exportingConfig;

    private Builder() {}

    /** Sets {@code Enabled}. */
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@code JobSchedule}. */
    public Builder jobSchedule(JobSchedule jobSchedule) {
      this.jobSchedule = jobSchedule;
      return this;
    }

    /** Sets {@code AutoMerging}. */
    public Builder autoMerging(AutoMerging autoMerging) {
      this.autoMerging = autoMerging;
      return this;
    }

    /** Sets {@code ExportingConfig}. */
    public Builder exportingConfig(ExportingConfig exportingConfig) {
      this.exportingConfig = exportingConfig;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public MatchingRequest build() {
      return new MatchingRequest(enabled, jobSchedule, autoMerging, exportingConfig);
    }
  }
}
