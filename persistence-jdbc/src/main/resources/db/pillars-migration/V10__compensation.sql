-- Compensation: merit matrices, bonus plans and allocation runs (merit rounds and bonus pools with
-- one receipt per person). Nested parts (scale levels, bands, ranges, receipts) are JSON text whose
-- numbers are written as strings, so that every amount (minor units up to 64 bits) and every rating
-- value comes back exactly.
CREATE TABLE ${table_prefix}merit_matrices (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  name      VARCHAR      NOT NULL,
  scale     VARCHAR      NOT NULL,
  bands     VARCHAR      NOT NULL,
  increases VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}merit_matrices_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}merit_matrices_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}bonus_plans (
  tenant            VARCHAR(128) NOT NULL,
  id                VARCHAR(128) NOT NULL,
  version           BIGINT       NOT NULL,
  name              VARCHAR      NOT NULL,
  period_start      DATE         NOT NULL,
  period_end        DATE         NOT NULL,
  scale             VARCHAR      NOT NULL,
  multipliers       VARCHAR      NOT NULL,
  company_factor_bp INTEGER      NOT NULL,
  cap_bp            INTEGER      NOT NULL,
  minimum_days      INTEGER      NOT NULL,
  leavers_eligible  BOOLEAN      NOT NULL,
  minimum_level     VARCHAR,
  CONSTRAINT ${table_prefix}bonus_plans_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}bonus_plans_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}allocation_runs (
  tenant   VARCHAR(128) NOT NULL,
  id       VARCHAR(128) NOT NULL,
  version  BIGINT       NOT NULL,
  name     VARCHAR      NOT NULL,
  currency CHAR(3)      NOT NULL,
  budget   BIGINT       NOT NULL,
  outcome  VARCHAR(32)  NOT NULL,
  receipts VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}allocation_runs_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}allocation_runs_version CHECK (version >= 1)
);
