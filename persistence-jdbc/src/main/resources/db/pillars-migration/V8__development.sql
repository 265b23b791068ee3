-- Pillars JDBC store: the development pillar's aggregates (competency model revisions,
-- assessments, development plans, coaching sessions, succession plans).
-- Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.
-- Each aggregate is read and written whole: its attributes are kept as JSON text in body (see
-- DevelopmentJson); employee_id repeats the person an aggregate is about, for lookups by person.

CREATE TABLE ${table_prefix}competency_models (
  tenant  VARCHAR(128) NOT NULL,
  id      VARCHAR(160) NOT NULL,
  version BIGINT       NOT NULL,
  body    VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}competency_models_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}competency_models_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}assessments (
  tenant      VARCHAR(128) NOT NULL,
  id          VARCHAR(128) NOT NULL,
  version     BIGINT       NOT NULL,
  employee_id VARCHAR(128) NOT NULL,
  body        VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}assessments_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}assessments_version CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}assessments_employee ON ${table_prefix}assessments (tenant, employee_id);

CREATE TABLE ${table_prefix}development_plans (
  tenant      VARCHAR(128) NOT NULL,
  id          VARCHAR(128) NOT NULL,
  version     BIGINT       NOT NULL,
  employee_id VARCHAR(128) NOT NULL,
  body        VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}development_plans_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}development_plans_version CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}development_plans_employee ON ${table_prefix}development_plans (tenant, employee_id);

CREATE TABLE ${table_prefix}coaching_sessions (
  tenant      VARCHAR(128) NOT NULL,
  id          VARCHAR(128) NOT NULL,
  version     BIGINT       NOT NULL,
  employee_id VARCHAR(128) NOT NULL,
  body        VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}coaching_sessions_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}coaching_sessions_version CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}coaching_sessions_employee ON ${table_prefix}coaching_sessions (tenant, employee_id);

CREATE TABLE ${table_prefix}succession_plans (
  tenant  VARCHAR(128) NOT NULL,
  id      VARCHAR(128) NOT NULL,
  version BIGINT       NOT NULL,
  unit_id VARCHAR(128) NOT NULL,
  body    VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}succession_plans_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}succession_plans_version CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}succession_plans_unit ON ${table_prefix}succession_plans (tenant, unit_id);
