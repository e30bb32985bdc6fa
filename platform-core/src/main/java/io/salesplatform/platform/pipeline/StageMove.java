package io.salesplatform.platform.pipeline;

import java.util.Optional;

/**
 * Whether an opportunity may move from one stage to another (policy 4.3): forward one stage at a
 * time; skipping stages or going back needs the permission to override the sequence. An answer
 * names why a move is refused, for the person who tried it.
 */
public final class StageMove {

  private StageMove() {}

  /**
   * Why moving from {@code from} to {@code to} is refused, or empty when it is allowed.
   *
   * @param mayOverride whether the mover holds the permission to skip stages and go back
   */
  public static Optional<String> refusal(
      PipelineStage from, PipelineStage to, boolean mayOverride) {
    if (from == to) {
      return Optional.of("The opportunity is already in " + to.id() + ".");
    }
    if (mayOverride) {
      return Optional.empty();
    }
    if (to.ordinal() < from.ordinal()) {
      return Optional.of(
          "Going back from "
              + from.id()
              + " to "
              + to.id()
              + " needs the permission opportunities.override-stage.");
    }
    if (to.ordinal() > from.ordinal() + 1) {
      return Optional.of(
          "From "
              + from.id()
              + " the next stage is "
              + PipelineStage.values()[from.ordinal() + 1].id()
              + "; skipping to "
              + to.id()
              + " needs the permission opportunities.override-stage.");
    }
    return Optional.empty();
  }

  /** Whether an opportunity in {@code stage} may be closed as won: once its contract is signed. */
  public static boolean mayWin(PipelineStage stage) {
    return stage.ordinal() >= PipelineStage.CONTRACT_SIGNING.ordinal();
  }
}
