package io.profilesim.samples.eval;

import io.profilesim.model.Profile;
import java.util.List;
import java.util.Map;

/**
 * Profiles with their true clustering.
 *
 * @param name what the data is, for reports
 * @param profiles the profiles, with fresh ids in shuffled order
 * @param truth each profile id's true cluster
 */
public record LabelledDataset(String name, List<Profile> profiles, Map<String, String> truth) {
  public LabelledDataset {
    profiles = List.copyOf(profiles);
    truth = Map.copyOf(truth);
  }
}
