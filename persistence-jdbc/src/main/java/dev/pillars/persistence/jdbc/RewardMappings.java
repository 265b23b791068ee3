package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.CompaRatioBand;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The compensation aggregates as rows of the tables of migration V10. */
final class RewardMappings {
  private RewardMappings() {}

  /** Merit matrices: the scale, bands and ranges as JSON text. */
  static final class Matrices extends Mapping<MeritMatrixId, MeritMatrix> {
    static final Matrices INSTANCE = new Matrices();

    private Matrices() {
      super("MeritMatrix", "MeritMatrixRepository", "merit_matrices", List.of("name", "scale", "bands", "increases"));
    }

    @Override
    MeritMatrixId idOf(MeritMatrix matrix) {
      return matrix.id();
    }

    @Override
    String key(MeritMatrixId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, MeritMatrix m) throws SQLException {
      s.setString(first, m.name());
      s.setString(first + 1, RewardCodec.scale(m.scale()));
      s.setString(first + 2, RewardCodec.encode(m.bands().stream()
          .map(b -> List.of(Integer.toString(b.fromBp()), Integer.toString(b.toBp()))).toList()));
      s.setString(first + 3, RewardCodec.encode(m.increases().stream().map(row -> {
        List<String> cells = new ArrayList<>();
        row.forEach(r -> cells.addAll(range(r)));
        return cells;
      }).toList()));
    }

    @Override
    MeritMatrix read(String id, ResultSet r, int first) throws SQLException {
      List<CompaRatioBand> bands = RewardCodec.decode("bands JSON", r.getString(first + 2)).stream()
          .map(b -> CompaRatioBand.of(Integer.parseInt(b.get(0)), Integer.parseInt(b.get(1)))).toList();
      List<List<IncreaseRange>> rows = new ArrayList<>();
      for (List<String> row : RewardCodec.decode("increases JSON", r.getString(first + 3))) {
        List<IncreaseRange> ranges = new ArrayList<>();
        for (int k = 0; k + 2 < row.size(); k += 3) {
          ranges.add(range(row, k));
        }
        rows.add(ranges);
      }
      return new MeritMatrix(MeritMatrixId.of(id), r.getString(first), RewardCodec.scale(r.getString(first + 1)), bands, rows);
    }
  }

  /** Bonus plans: the scale and multipliers as JSON text, the rest in columns. */
  static final class Plans extends Mapping<BonusPlanId, BonusPlan> {
    static final Plans INSTANCE = new Plans();

    private Plans() {
      super("BonusPlan", "BonusPlanRepository", "bonus_plans", List.of("name", "period_start", "period_end", "scale",
          "multipliers", "company_factor_bp", "cap_bp", "minimum_days", "leavers_eligible", "minimum_level"));
    }

    @Override
    BonusPlanId idOf(BonusPlan plan) {
      return plan.id();
    }

    @Override
    String key(BonusPlanId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, BonusPlan p) throws SQLException {
      int i = first;
      s.setString(i++, p.name());
      s.setDate(i++, Date.valueOf(p.period().start()));
      s.setDate(i++, Date.valueOf(p.period().end()));
      s.setString(i++, RewardCodec.scale(p.scale()));
      s.setString(i++, RewardCodec.encode(List.of(p.terms().multipliersBp().stream().map(String::valueOf).toList())));
      s.setInt(i++, p.terms().companyFactorBp());
      s.setInt(i++, p.terms().capBp());
      s.setInt(i++, p.terms().eligibility().minimumDays());
      s.setBoolean(i++, p.terms().eligibility().leaversEligible());
      s.setString(i, p.terms().eligibility().minimumLevel().orElse(null));
    }

    @Override
    BonusPlan read(String id, ResultSet r, int first) throws SQLException {
      int i = first;
      String name = r.getString(i++);
      Period period = Period.of(r.getDate(i++).toLocalDate(), r.getDate(i++).toLocalDate());
      String scale = r.getString(i++);
      List<Integer> multipliers = RewardCodec.decode("multipliers JSON", r.getString(i++)).get(0).stream()
          .map(Integer::valueOf).toList();
      int factor = r.getInt(i++);
      int cap = r.getInt(i++);
      BonusEligibility eligibility = new BonusEligibility(r.getInt(i++), r.getBoolean(i++),
          Optional.ofNullable(r.getString(i)));
      return new BonusPlan(BonusPlanId.of(id), name, period, RewardCodec.scale(scale),
          new BonusTerms(multipliers, factor, cap, eligibility));
    }
  }

  /** Allocation runs: the budget as currency and minor units, the receipts as JSON text. */
  static final class Runs extends Mapping<AllocationRunId, AllocationRun> {
    static final Runs INSTANCE = new Runs();

    private Runs() {
      super("AllocationRun", "AllocationRunRepository", "allocation_runs",
          List.of("name", "currency", "budget", "outcome", "receipts"));
    }

    @Override
    AllocationRunId idOf(AllocationRun run) {
      return run.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(AllocationRun run) {
      return run.receipts().stream().map(RangeReceipt::recipient).toList();
    }

    @Override
    String key(AllocationRunId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, AllocationRun run) throws SQLException {
      s.setString(first, run.name());
      s.setString(first + 1, run.budget().currency().getCurrencyCode());
      s.setLong(first + 2, run.budget().minor());
      s.setString(first + 3, run.outcome().name());
      s.setString(first + 4, RewardCodec.encode(run.receipts().stream().map(rc -> {
        List<String> row = new ArrayList<>(List.of(rc.recipient().value(), Double.toString(rc.rating().value()),
            rc.rating().label(), Long.toString(rc.base())));
        row.addAll(range(rc.range()));
        row.addAll(List.of(Long.toString(rc.rateNanos()), Long.toString(rc.adjustment()),
            Long.toString(rc.minAmount()), Long.toString(rc.maxAmount()), Long.toString(rc.amount())));
        return row;
      }).toList()));
    }

    @Override
    AllocationRun read(String id, ResultSet r, int first) throws SQLException {
      List<RangeReceipt> receipts = new ArrayList<>();
      for (List<String> row : RewardCodec.decode("receipts JSON", r.getString(first + 4))) {
        receipts.add(new RangeReceipt(EmployeeId.of(row.get(0)), RatingLevel.of(Double.parseDouble(row.get(1)), row.get(2)),
            Long.parseLong(row.get(3)), range(row, 4), Long.parseLong(row.get(7)), Long.parseLong(row.get(8)),
            Long.parseLong(row.get(9)), Long.parseLong(row.get(10)), Long.parseLong(row.get(11))));
      }
      return new AllocationRun(AllocationRunId.of(id), r.getString(first), Money.of(r.getString(first + 1), r.getLong(first + 2)),
          RangeOutcome.valueOf(r.getString(first + 3)), receipts);
    }
  }

  static List<String> range(IncreaseRange r) {
    return List.of(Integer.toString(r.minBp()), Integer.toString(r.targetBp()), Integer.toString(r.maxBp()));
  }

  static IncreaseRange range(List<String> row, int k) {
    return IncreaseRange.of(Integer.parseInt(row.get(k)), Integer.parseInt(row.get(k + 1)), Integer.parseInt(row.get(k + 2)));
  }
}
