-- Pillars JDBC store: the marks committed erasures leave, one per erased employee of a tenant.
-- A unit of work that wrote data naming employees inserts (and deletes again) a row for each of
-- them just before it commits: the key makes it wait for an erasure of the same employee that is
-- committing, and fail if one has committed, so that a late commit cannot undo an erasure.
CREATE TABLE ${table_prefix}erasures (
  tenant       VARCHAR(128) NOT NULL,
  employee_id  VARCHAR(128) NOT NULL,
  pseudonym_id VARCHAR(128) NOT NULL,
  CONSTRAINT ${table_prefix}erasures_pk PRIMARY KEY (tenant, employee_id)
);
