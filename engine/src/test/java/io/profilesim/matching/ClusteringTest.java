package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class ClusteringTest {
  /** Evidence by pair; pairs not listed are neutral. */
  private static Clustering.Conflict evidence(double ab, double bc, double ac, Set<Long> contra) {
    return new Clustering.Conflict() {
      @Override
      public boolean contradicts(int a, int b) {
        return contra.contains(Blocking.pair(a, b));
      }

      @Override
      public double evidence(int a, int b) {
        long p = Blocking.pair(a, b);
        return p == Blocking.pair(0, 1) ? ab : p == Blocking.pair(1, 2) ? bc
            : p == Blocking.pair(0, 2) ? ac : 0;
      }
    };
  }

  @Test
  void linksCloseIntoOneGroupScoredByItsWeakestLink() {
    long[] links = {Blocking.pair(0, 1), Blocking.pair(1, 2)};
    Clustering.Groups g = Clustering.cluster(4, links, new double[] {0.99, 0.7},
        evidence(20, 10, 5, Set.of()));
    assertThat(g.root()[0]).isEqualTo(g.root()[1]).isEqualTo(g.root()[2]);
    assertThat(g.root()[3]).isNotEqualTo(g.root()[0]);
    assertThat(g.confidence()[g.root()[0]]).isEqualTo(0.7);
    assertThat(g.accepted()).isEqualTo(2);
    assertThat(g.refused()).isZero();
  }

  @Test
  void aChainWhoseEndsAreOnAverageDifferentPeopleIsRefused() {
    long[] links = {Blocking.pair(0, 1), Blocking.pair(1, 2)};
    // Joining {0, 1} with 2 compares 0-2 (-30) and 1-2 (+10): on average a different person.
    Clustering.Groups g = Clustering.cluster(3, links, new double[] {0.99, 0.9},
        evidence(20, 10, -30, Set.of()));
    assertThat(g.root()[0]).isEqualTo(g.root()[1]);
    assertThat(g.root()[2]).isNotEqualTo(g.root()[0]);
    assertThat(g.refused()).isEqualTo(1);
  }

  @Test
  void aChainWithOneOutrightContradictionIsRefusedWhateverTheAverage() {
    long[] links = {Blocking.pair(0, 1), Blocking.pair(1, 2)};
    Clustering.Groups g = Clustering.cluster(3, links, new double[] {0.99, 0.9},
        evidence(20, 40, -1, Set.of(Blocking.pair(0, 2))));
    assertThat(g.root()[2]).isNotEqualTo(g.root()[0]);
    assertThat(g.refused()).isEqualTo(1);
  }

  @Test
  void aWeakCrossPairInsideAnOtherwiseConsistentGroupDoesNotSplitIt() {
    long[] links = {Blocking.pair(0, 1), Blocking.pair(1, 2)};
    Clustering.Groups g = Clustering.cluster(3, links, new double[] {0.99, 0.9},
        evidence(20, 30, -5, Set.of()));
    assertThat(g.root()[2]).isEqualTo(g.root()[0]);
    assertThat(g.refused()).isZero();
  }
}
