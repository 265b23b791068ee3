-- Pillars JDBC store: review templates, review cycles and reviews. Portable across PostgreSQL 15+
-- and H2 2.x; ${table_prefix} is a Flyway placeholder. Nested parts (a scale, questions, a
-- review's draft and its revisions) are JSON text written by the store: every number in them is
-- Java's exact text of a double, every instant ISO-8601 with its nanoseconds, so they read back
-- exactly as written.

CREATE TABLE ${table_prefix}review_templates (
  tenant               VARCHAR(128) NOT NULL,
  id                   VARCHAR(128) NOT NULL,
  version              BIGINT       NOT NULL,
  name                 VARCHAR      NOT NULL,
  scale                VARCHAR      NOT NULL,
  components           VARCHAR      NOT NULL,
  composite_strategy   VARCHAR(128) NOT NULL,
  composite_parameters VARCHAR      NOT NULL,
  missing_components   VARCHAR(32)  NOT NULL,
  questions            VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}review_templates_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}review_templates_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}review_cycles (
  tenant       VARCHAR(128) NOT NULL,
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL,
  name         VARCHAR      NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  template_id  VARCHAR(128) NOT NULL,
  participants VARCHAR      NOT NULL,
  due_dates    VARCHAR      NOT NULL,
  phase        VARCHAR(32)  NOT NULL,
  overrides    VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}review_cycles_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}review_cycles_version CHECK (version >= 1)
);

-- streamByTemplate (the overlapping-cycles rule) reads a template's cycles within a tenant.
CREATE INDEX ${table_prefix}review_cycles_template ON ${table_prefix}review_cycles (tenant, template_id);

CREATE TABLE ${table_prefix}reviews (
  tenant          VARCHAR(128) NOT NULL,
  id              VARCHAR(128) NOT NULL,
  version         BIGINT       NOT NULL,
  cycle_id        VARCHAR(128) NOT NULL,
  subject_id      VARCHAR(128) NOT NULL,
  author_id       VARCHAR(128) NOT NULL,
  role            VARCHAR(16)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  draft           VARCHAR      NOT NULL,
  revisions       VARCHAR      NOT NULL,
  acknowledged_at VARCHAR(64),
  CONSTRAINT ${table_prefix}reviews_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}reviews_version CHECK (version >= 1)
);

-- streamByCycle, streamBySubject and erasure look reviews up by cycle and by person.
CREATE INDEX ${table_prefix}reviews_cycle ON ${table_prefix}reviews (tenant, cycle_id);
CREATE INDEX ${table_prefix}reviews_subject ON ${table_prefix}reviews (tenant, subject_id);
CREATE INDEX ${table_prefix}reviews_author ON ${table_prefix}reviews (tenant, author_id);
