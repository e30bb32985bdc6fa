package io.salesplatform.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-26T10:15:30.123456789Z");

  @Test
  void anUntouchedChainHolds() {
    assertThat(AuditChain.firstBreak(chain(5).iterator())).isEmpty();
    assertThat(AuditChain.firstBreak(List.<AuditChain.Stored>of().iterator())).isEmpty();
  }

  @Test
  void aChangedEventBreaksTheChainWhereItWasChanged() {
    List<AuditChain.Stored> trail = chain(5);
    AuditChain.Stored third = trail.get(2);
    AuditChain.Link edited =
        new AuditChain.Link(
            3,
            third.link().occurredAt(),
            "u1",
            "ann",
            "settings.change",
            "settings/revisions/3",
            "nothing happened",
            third.link().before(),
            third.link().after());
    trail.set(2, new AuditChain.Stored(edited, third.previousHash(), third.hash()));

    assertThat(AuditChain.firstBreak(trail.iterator()))
        .hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(3));
  }

  @Test
  void aRemovedEventIsNamed() {
    List<AuditChain.Stored> trail = chain(5);
    trail.remove(1);

    assertThat(AuditChain.firstBreak(trail.iterator()))
        .hasValueSatisfying(
            b -> {
              assertThat(b.seq()).isEqualTo(2);
              assertThat(b.reason()).contains("missing");
            });
  }

  @Test
  void aRehashedForgeryStillBreaksAtTheNextEvent() {
    List<AuditChain.Stored> trail = chain(4);
    AuditChain.Stored second = trail.get(1);
    AuditChain.Link forged =
        new AuditChain.Link(
            2,
            second.link().occurredAt(),
            "u1",
            "ann",
            "settings.change",
            "t",
            "forged",
            null,
            null);
    trail.set(
        1,
        new AuditChain.Stored(
            forged, second.previousHash(), AuditChain.hash(second.previousHash(), forged)));

    assertThat(AuditChain.firstBreak(trail.iterator()))
        .hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(3));
  }

  @Test
  void fieldsCannotBeShiftedIntoOneAnother() {
    AuditChain.Link a = new AuditChain.Link(1, T0, "ab", "c", "x", "t", "s", null, null);
    AuditChain.Link b = new AuditChain.Link(1, T0, "a", "bc", "x", "t", "s", null, null);
    AuditChain.Link c = new AuditChain.Link(1, T0, "a", "bc", "x", "t", "s", "", null);

    assertThat(AuditChain.hash(AuditChain.GENESIS, a))
        .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
    assertThat(AuditChain.hash(AuditChain.GENESIS, b))
        .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, c));
  }

  @Test
  void timesAreHashedAsTheDatabaseKeepsThem() {
    AuditChain.Link precise = new AuditChain.Link(1, T0, "a", "b", "x", "t", "s", null, null);
    AuditChain.Link stored =
        new AuditChain.Link(
            1, Instant.parse("2026-11-26T10:15:30.123456Z"), "a", "b", "x", "t", "s", null, null);

    assertThat(AuditChain.hash(AuditChain.GENESIS, precise))
        .isEqualTo(AuditChain.hash(AuditChain.GENESIS, stored));
  }

  private static List<AuditChain.Stored> chain(int length) {
    List<AuditChain.Stored> trail = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditChain.Link link =
          new AuditChain.Link(
              seq,
              T0.plusSeconds(seq),
              "u1",
              "ann",
              "settings.change",
              "settings/revisions/" + seq,
              "revision " + seq,
              "{\"a\":" + seq + "}",
              "{\"a\":" + (seq + 1) + "}");
      String hash = AuditChain.hash(previous, link);
      trail.add(new AuditChain.Stored(link, previous, hash));
      previous = hash;
    }
    return trail;
  }
}
