-- Pillars JDBC store: per-person lookups for the personal-data export and the development
-- services. Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.
--
-- succession_plans.named lists, between '|', every employee a plan names (incumbent, candidates,
-- emergency cover), as the feedback tables' named columns do, so that the plans naming one person
-- are found without decoding every body. Rows written before this migration have it NULL; the
-- store reads those and decides from their body, and any update fills it in.

ALTER TABLE ${table_prefix}succession_plans ADD COLUMN named VARCHAR;

-- Two points budgets of one giver must not overlap in time. A unit of work that wrote budgets
-- inserts a row here per giver just before it commits, checks the giver's budgets and deletes the
-- row again: the key makes a second unit of work writing budgets of the same giver wait until the
-- first has committed, so its check sees the first one's budgets (as the erasures table does for
-- erasures). The table is empty between commits.
CREATE TABLE ${table_prefix}points_budget_givers (
  tenant   VARCHAR(128) NOT NULL,
  giver_id VARCHAR(128) NOT NULL,
  CONSTRAINT ${table_prefix}points_budget_givers_pk PRIMARY KEY (tenant, giver_id)
);
