package io.profilesim.samples.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatasetLoaderTest {
  @TempDir
  Path dir;

  private Path febrl() throws IOException {
    Path file = dir.resolve("febrl1").resolve("dataset1.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, "
            + "state, date_of_birth, soc_sec_id",
        "rec-223-org, , waller, 6, tullaroop street, willaroo, st james, 4011, wa, 19081209, "
            + "6988048",
        "rec-223-dup-0, jamilla, wallner, 6, tullaroop street, willaroo, st james, 4011, wa, "
            + "19081209, 6988048",
        "rec-7-org, lachlan, berry, 69, giblin street, , bittern, 4814, qld, 19990219, ",
        ""));
    return file;
  }

  @Test
  void febrl_mapsColumnsToProfileMembersWithFreshIds() throws IOException {
    LabelledDataset d = DatasetLoader.febrl(febrl(), false, 1);
    assertThat(d.name()).isEqualTo("febrl1");
    assertThat(d.profiles()).hasSize(3);
    Profile berry = d.profiles().stream().filter(p -> "berry".equals(p.lastName()))
        .findFirst().orElseThrow();
    assertThat(berry.firstName()).isEqualTo("lachlan");
    assertThat(berry.birthDate()).isEqualTo("19990219");
    assertThat(berry.address().address1()).isEqualTo("69 giblin street");
    assertThat(berry.address().address2()).isNull();
    assertThat(berry.address().city()).isEqualTo("bittern");
    assertThat(berry.address().postalCode()).isEqualTo("4814");
    assertThat(berry.address().state()).isEqualTo("qld");
    assertThat(berry.attributes()).isNull();
    assertThat(d.profiles()).allSatisfy(p -> assertThat(p.profileId()).matches("[0-9a-f]{32}"));
    assertThat(d.profiles()).noneSatisfy(p -> assertThat(p.profileId()).contains("rec"));
    assertThat(d.truth().get(berry.profileId())).isEqualTo("7");
    assertThat(d.truth().values()).containsExactlyInAnyOrder("223", "223", "7");
  }

  @Test
  void febrl_keepsSocSecIdOnlyWhenAsked() throws IOException {
    LabelledDataset d = DatasetLoader.febrl(febrl(), true, 1);
    assertThat(d.name()).isEqualTo("febrl1 +soc_sec_id");
    assertThat(d.profiles()).filteredOn(p -> "waller".equals(p.lastName()))
        .extracting(Profile::attributes).containsExactly(Map.of("soc_sec_id", "6988048"));
  }

  @Test
  void loaders_shuffleRowsWithTheSeed() throws IOException {
    Path file = febrl();
    List<String> a = DatasetLoader.febrl(file, false, 1).profiles().stream()
        .map(Profile::lastName).toList();
    List<String> again = DatasetLoader.febrl(file, false, 1).profiles().stream()
        .map(Profile::lastName).toList();
    assertThat(again).isEqualTo(a);
    boolean anyOtherOrder = false;
    for (long seed = 2; seed < 12 && !anyOtherOrder; seed++) {
      anyOtherOrder = !DatasetLoader.febrl(file, false, seed).profiles().stream()
          .map(Profile::lastName).toList().equals(a);
    }
    assertThat(anyOtherOrder).isTrue();
  }

  @Test
  void fake1000_readsItsColumnsAndClusters() throws IOException {
    Path file = dir.resolve("fake_1000.csv");
    Files.writeString(file, "unique_id,first_name,surname,dob,city,email,cluster\n"
        + "0,Robert,Alan,1971-06-24,,robert255@smith.net,0\n"
        + "2,Rob,Allen,1971-06-24,London,roberta25@smith.net,0\n");
    LabelledDataset d = DatasetLoader.fake1000(file, 1);
    Profile rob = d.profiles().stream().filter(p -> "Rob".equals(p.firstName())).findFirst()
        .orElseThrow();
    assertThat(rob.lastName()).isEqualTo("Allen");
    assertThat(rob.birthDate()).isEqualTo("1971-06-24");
    assertThat(rob.emailAddress()).isEqualTo("roberta25@smith.net");
    assertThat(rob.address().city()).isEqualTo("London");
    assertThat(d.profiles()).filteredOn(p -> "Robert".equals(p.firstName()))
        .allSatisfy(p -> assertThat(p.address()).isNull());
    assertThat(d.truth().values()).containsOnly("0");
  }
}
