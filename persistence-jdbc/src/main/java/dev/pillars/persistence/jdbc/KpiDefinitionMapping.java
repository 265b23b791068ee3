package dev.pillars.persistence.jdbc;

import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** KPI definitions as rows of the {@code kpi_definitions} table. */
final class KpiDefinitionMapping extends Mapping<KpiId, KpiDefinition> {
  static final KpiDefinitionMapping INSTANCE = new KpiDefinitionMapping();

  private KpiDefinitionMapping() {
    super(
        "KpiDefinition",
        "KpiDefinitionRepository",
        "kpi_definitions",
        List.of("name", "unit", "description", "direction", "aggregation", "frequency"));
  }

  @Override
  KpiId idOf(KpiDefinition definition) {
    return definition.id();
  }

  @Override
  String key(KpiId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, KpiDefinition definition) throws SQLException {
    int i = first;
    s.setString(i++, definition.name());
    s.setString(i++, definition.unit());
    s.setString(i++, definition.description().orElse(null));
    s.setString(i++, definition.direction().name());
    s.setString(i++, definition.aggregation().name());
    s.setString(i, definition.frequency().name());
  }

  @Override
  KpiDefinition read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    KpiDefinition.Builder definition =
        KpiDefinition.builder().id(KpiId.of(id)).name(r.getString(i++)).unit(r.getString(i++));
    String description = r.getString(i++);
    if (description != null) {
      definition.description(description);
    }
    return definition
        .direction(Direction.valueOf(r.getString(i++)))
        .aggregation(Aggregation.valueOf(r.getString(i++)))
        .frequency(Frequency.valueOf(r.getString(i)))
        .build();
  }
}
