-- Pillars JDBC store: each tenant's commit counter and the transactional outbox.
-- Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.

-- One row per tenant ever written: how many units of work that wrote to it have committed. A
-- commit raises it as its last statement, so the commits of one tenant take turns for that instant
-- and get consecutive numbers in commit order.
CREATE TABLE ${table_prefix}tenant_commits (
  tenant  VARCHAR(128) NOT NULL,
  commits BIGINT       NOT NULL,
  CONSTRAINT ${table_prefix}tenant_commits_pk PRIMARY KEY (tenant),
  CONSTRAINT ${table_prefix}tenant_commits_commits CHECK (commits >= 1)
);

-- One row per outbox message ever appended. A message is pending while published is false; its
-- unit of work's commit sets commit_no (NULL until then), which with seq (the order of appends)
-- orders the pending messages. Publishing or erasing a message keeps only its id, type and time.
CREATE TABLE ${table_prefix}outbox (
  tenant          VARCHAR(128) NOT NULL,
  id              UUID         NOT NULL,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  commit_no       BIGINT,
  published       BOOLEAN      NOT NULL,
  type            VARCHAR      NOT NULL,
  occurred_second BIGINT       NOT NULL,
  occurred_nano   INTEGER      NOT NULL,
  aggregate_id    VARCHAR,
  actor           VARCHAR,
  payload         VARCHAR,
  CONSTRAINT ${table_prefix}outbox_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}outbox_kept CHECK (published OR (aggregate_id IS NOT NULL AND actor IS NOT NULL AND payload IS NOT NULL))
);
CREATE INDEX ${table_prefix}outbox_pending ON ${table_prefix}outbox (tenant, published, commit_no, seq);
