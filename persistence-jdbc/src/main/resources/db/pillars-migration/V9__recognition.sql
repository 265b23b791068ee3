-- Pillars JDBC store: peer recognitions and recognition points budgets.
-- Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.

-- One row per recognition. receivers holds the receivers' ids in order, each followed and the
-- first also preceded by one space (ids hold no spaces), so that a receiver is found, and replaced
-- by an erasure, as the text ' id '.
CREATE TABLE ${table_prefix}recognitions (
  tenant       VARCHAR(128) NOT NULL,
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL,
  giver_id     VARCHAR(128) NOT NULL,
  receivers    VARCHAR      NOT NULL,
  value_id     VARCHAR(128) NOT NULL,
  message      VARCHAR      NOT NULL,
  visibility   VARCHAR(16)  NOT NULL,
  points_each  INTEGER      NOT NULL,
  given_on     DATE         NOT NULL,
  withdrawn_on DATE,
  CONSTRAINT ${table_prefix}recognitions_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}recognitions_version CHECK (version >= 1),
  CONSTRAINT ${table_prefix}recognitions_points CHECK (points_each >= 0)
);
CREATE INDEX ${table_prefix}recognitions_given_on ON ${table_prefix}recognitions (tenant, given_on);
CREATE INDEX ${table_prefix}recognitions_giver ON ${table_prefix}recognitions (tenant, giver_id);

-- One row per giver's budget for a period. The check keeps a budget from being overspent even by
-- a write that bypasses the domain; versions keep racing awards from both spending the last points.
CREATE TABLE ${table_prefix}points_budgets (
  tenant       VARCHAR(128) NOT NULL,
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL,
  giver_id     VARCHAR(128) NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  allowance    BIGINT       NOT NULL,
  spent        BIGINT       NOT NULL,
  CONSTRAINT ${table_prefix}points_budgets_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}points_budgets_version CHECK (version >= 1),
  CONSTRAINT ${table_prefix}points_budgets_spent CHECK (spent >= 0 AND spent <= allowance)
);
CREATE INDEX ${table_prefix}points_budgets_giver ON ${table_prefix}points_budgets (tenant, giver_id);
