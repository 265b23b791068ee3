-- Pillars JDBC store: goals. Portable across PostgreSQL 15+ and H2 2.x (MODE=PostgreSQL).
-- ${table_prefix} is a Flyway placeholder; PillarsSchema.placeholders(options) supplies it.
-- Every key starts with the tenant: no row is reachable without naming its tenant.
CREATE TABLE ${table_prefix}goals (
  tenant         VARCHAR(128)     NOT NULL,
  id             VARCHAR(128)     NOT NULL,
  version        BIGINT           NOT NULL,
  title          VARCHAR          NOT NULL,
  description    VARCHAR,
  owner_kind     VARCHAR(16)      NOT NULL,
  owner_id       VARCHAR(128)     NOT NULL,
  level          VARCHAR(16)      NOT NULL,
  period_start   DATE             NOT NULL,
  period_end     DATE             NOT NULL,
  due_date       DATE             NOT NULL,
  weight         DOUBLE PRECISION NOT NULL,
  status         VARCHAR(32)      NOT NULL,
  measure_kind   VARCHAR(16)      NOT NULL,
  progress       DOUBLE PRECISION,
  kpi_id         VARCHAR(128),
  kpi_baseline   DOUBLE PRECISION,
  kpi_target     DOUBLE PRECISION,
  kpi_threshold  DOUBLE PRECISION,
  kpi_stretch    DOUBLE PRECISION,
  kpi_band_lower DOUBLE PRECISION,
  kpi_band_upper DOUBLE PRECISION,
  milestones     VARCHAR,
  CONSTRAINT ${table_prefix}goals_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}goals_version CHECK (version >= 1),
  CONSTRAINT ${table_prefix}goals_owner_kind CHECK (owner_kind IN ('EMPLOYEE', 'UNIT')),
  CONSTRAINT ${table_prefix}goals_measure_kind CHECK (measure_kind IN ('MANUAL', 'KPI', 'MILESTONES', 'DERIVED'))
);

-- streamByOwner and erasure look goals up by owner within a tenant.
CREATE INDEX ${table_prefix}goals_owner ON ${table_prefix}goals (tenant, owner_kind, owner_id);
