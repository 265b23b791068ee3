package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Organisational units as rows of the {@code org_units} table. */
final class OrgUnitMapping extends Mapping<OrgUnitId, OrgUnit> {
  static final OrgUnitMapping INSTANCE = new OrgUnitMapping();

  private OrgUnitMapping() {
    super("OrgUnit", "OrgUnitRepository", "org_units", List.of("name", "parent_id"));
  }

  @Override
  OrgUnitId idOf(OrgUnit unit) {
    return unit.id();
  }

  @Override
  String key(OrgUnitId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, OrgUnit unit) throws SQLException {
    s.setString(first, unit.name());
    s.setString(first + 1, unit.parent().map(OrgUnitId::value).orElse(null));
  }

  @Override
  OrgUnit read(String id, ResultSet r, int first) throws SQLException {
    String parent = r.getString(first + 1);
    return new OrgUnit(OrgUnitId.of(id), r.getString(first), Optional.ofNullable(parent).map(OrgUnitId::of));
  }
}
