package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Valid, varied recognitions and points budgets for the kit. */
final class TckRecognitions {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  /** Messages that stress a store: plain, accented, astral-plane and multi-line text, and a long one. */
  private static final List<String> MESSAGES = List.of(
      "Thanks for covering the night shift",
      "Obrigada, Zoë! Ünïcödé — \uD83D\uDE80 launch on time",
      "Line one\nline two\twith a tab",
      "x".repeat(Recognition.MAX_MESSAGE_LENGTH));

  private TckRecognitions() {}

  static RecognitionId id(int n) {
    return RecognitionId.of("rec-" + n);
  }

  static PointsBudgetId budgetId(int n) {
    return PointsBudgetId.of("budget-" + n);
  }

  static EmployeeId person(int n) {
    return EmployeeId.of("person-" + n);
  }

  /** A recognition whose attributes all differ from variant to variant. */
  static Recognition recognition(RecognitionId id, int variant) {
    int v = Math.floorMod(variant, 4);
    EmployeeId giver = person(v);
    List<EmployeeId> receivers = v % 2 == 0 ? List.of(person(v + 10)) : List.of(person(v + 10), person(v + 11), person(v + 12));
    return recognition(id, giver, receivers, LocalDate.of(2026, 1 + v, 1 + v), v)
        .pointsEach(List.of(0, 5, 25, Recognition.MAX_POINTS).get(v))
        .withdrawnOn(v == 3 ? Optional.of(LocalDate.of(2026, 5, 1)) : Optional.empty())
        .build();
  }

  /** A recognition builder with everything but the points and the withdrawal set. */
  static Recognition.Builder recognition(
      RecognitionId id, EmployeeId giver, List<EmployeeId> receivers, LocalDate givenOn, int variant) {
    int v = Math.floorMod(variant, 4);
    Recognition.Builder builder = Recognition.builder();
    builder
        .id(id)
        .giver(giver)
        .addAllReceivers(receivers)
        .value(CompanyValueId.of(List.of("safety", "customer-first", "ownership", "craft").get(v)))
        .message(MESSAGES.get(v))
        .visibility(Visibility.values()[v % Visibility.values().length])
        .givenOn(givenOn);
    return builder;
  }

  /**
   * A budget whose attributes all differ from variant to variant; its giver is its id's own, since
   * two budgets of one giver must not overlap.
   */
  static PointsBudget budget(PointsBudgetId id, int variant) {
    int v = Math.floorMod(variant, 4);
    Period period = v % 2 == 0 ? YEAR : Period.of(LocalDate.of(2026, 1 + 3 * v, 1), LocalDate.of(2026, 3 + 3 * v, 28));
    long allowance = List.of(0L, 100L, 2_500L, PointsBudget.MAX_ALLOWANCE).get(v);
    return new PointsBudget(id, EmployeeId.of("giver-" + id.value()), period, allowance, allowance / 3 * Math.min(v, 2) / 2);
  }
}
