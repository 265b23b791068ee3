-- Calibration sessions (issue 15). A session is kept whole in one row: its cycle and population
-- as columns, its rating scale, calibrators, proposed ratings, notes and adjustments as JSON text
-- (arrays of arrays of strings, numbers written in Java's shortest round-trip form), so that a
-- session comes back equal to what was written, its adjustments and notes in their order.
CREATE TABLE ${table_prefix}calibration_sessions (
  tenant          VARCHAR(128) NOT NULL,
  id              VARCHAR(128) NOT NULL,
  version         BIGINT       NOT NULL,
  cycle_id        VARCHAR(128) NOT NULL,
  population_kind VARCHAR(16)  NOT NULL,
  population_key  VARCHAR      NOT NULL,
  rating_scale    VARCHAR      NOT NULL,
  calibrators     VARCHAR      NOT NULL,
  proposed        VARCHAR      NOT NULL,
  notes           VARCHAR      NOT NULL,
  adjustments     VARCHAR      NOT NULL,
  closed          BOOLEAN      NOT NULL,
  CONSTRAINT ${table_prefix}calibration_sessions_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}calibration_sessions_version CHECK (version >= 1)
);
