-- Pillars JDBC store: the organisation, KPI definitions, the alignment graph and the two logs.
-- Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.
-- Instants are kept exactly, as seconds since the epoch and nanoseconds within the second.

CREATE TABLE ${table_prefix}employees (
  tenant       VARCHAR(128) NOT NULL,
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL,
  display_name VARCHAR      NOT NULL,
  manager_id   VARCHAR(128),
  unit_id      VARCHAR(128) NOT NULL,
  role         VARCHAR      NOT NULL,
  grade        VARCHAR      NOT NULL,
  hire_date    DATE         NOT NULL,
  attributes   VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}employees_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}employees_version CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}employees_manager ON ${table_prefix}employees (tenant, manager_id);
CREATE INDEX ${table_prefix}employees_unit ON ${table_prefix}employees (tenant, unit_id);

CREATE TABLE ${table_prefix}org_units (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  name      VARCHAR      NOT NULL,
  parent_id VARCHAR(128),
  CONSTRAINT ${table_prefix}org_units_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}org_units_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}kpi_definitions (
  tenant      VARCHAR(128) NOT NULL,
  id          VARCHAR(128) NOT NULL,
  version     BIGINT       NOT NULL,
  name        VARCHAR      NOT NULL,
  unit        VARCHAR      NOT NULL,
  description VARCHAR,
  direction   VARCHAR(32)  NOT NULL,
  aggregation VARCHAR(32)  NOT NULL,
  frequency   VARCHAR(32)  NOT NULL,
  CONSTRAINT ${table_prefix}kpi_definitions_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}kpi_definitions_version CHECK (version >= 1)
);

-- A measurement belongs to its KPI's definition and goes with it. Its key is its identity
-- (KPI, observation date, recording instant) and serves every read by KPI and date.
CREATE TABLE ${table_prefix}measurements (
  tenant          VARCHAR(128)     NOT NULL,
  kpi_id          VARCHAR(128)     NOT NULL,
  observed_on     DATE             NOT NULL,
  recorded_second BIGINT           NOT NULL,
  recorded_nano   INTEGER          NOT NULL,
  measured_value  DOUBLE PRECISION NOT NULL,
  CONSTRAINT ${table_prefix}measurements_pk PRIMARY KEY (tenant, kpi_id, observed_on, recorded_second, recorded_nano),
  CONSTRAINT ${table_prefix}measurements_kpi FOREIGN KEY (tenant, kpi_id)
    REFERENCES ${table_prefix}kpi_definitions (tenant, id) ON DELETE CASCADE
);

-- A check-in belongs to its goal and goes with it.
CREATE TABLE ${table_prefix}check_ins (
  tenant     VARCHAR(128)     NOT NULL,
  goal_id    VARCHAR(128)     NOT NULL,
  at_second  BIGINT           NOT NULL,
  at_nano    INTEGER          NOT NULL,
  progress   DOUBLE PRECISION NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  comment    VARCHAR,
  CONSTRAINT ${table_prefix}check_ins_pk PRIMARY KEY (tenant, goal_id, at_second, at_nano),
  CONSTRAINT ${table_prefix}check_ins_goal FOREIGN KEY (tenant, goal_id)
    REFERENCES ${table_prefix}goals (tenant, id) ON DELETE CASCADE
);

-- One row per tenant whose graph was ever written: its version. Every link write updates it, so
-- link writers of one tenant take turns and a stale one fails.
CREATE TABLE ${table_prefix}alignment_graphs (
  tenant  VARCHAR(128) NOT NULL,
  version BIGINT       NOT NULL,
  CONSTRAINT ${table_prefix}alignment_graphs_pk PRIMARY KEY (tenant),
  CONSTRAINT ${table_prefix}alignment_graphs_version CHECK (version >= 1)
);

-- A link joins two goals of its tenant; a linked goal cannot be deleted.
CREATE TABLE ${table_prefix}alignment_links (
  tenant    VARCHAR(128)     NOT NULL,
  child_id  VARCHAR(128)     NOT NULL,
  parent_id VARCHAR(128)     NOT NULL,
  weight    DOUBLE PRECISION NOT NULL,
  CONSTRAINT ${table_prefix}alignment_links_pk PRIMARY KEY (tenant, child_id, parent_id),
  CONSTRAINT ${table_prefix}alignment_links_child FOREIGN KEY (tenant, child_id)
    REFERENCES ${table_prefix}goals (tenant, id),
  CONSTRAINT ${table_prefix}alignment_links_parent FOREIGN KEY (tenant, parent_id)
    REFERENCES ${table_prefix}goals (tenant, id)
);
CREATE INDEX ${table_prefix}alignment_links_by_parent ON ${table_prefix}alignment_links (tenant, parent_id);
