-- Pillars JDBC store: per-person lookups for the personal-data export and the development
-- services. Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.
--
-- succession_plans.named lists, between '|', every employee a plan names (incumbent, candidates,
-- emergency cover), as the feedback tables' named columns do, so that the plans naming one person
-- are found without decoding every body. Rows written before this migration have it NULL; the
-- store reads those and decides from their body, and any update fills it in.

ALTER TABLE ${table_prefix}succession_plans ADD COLUMN named VARCHAR;
