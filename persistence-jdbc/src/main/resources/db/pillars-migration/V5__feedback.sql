-- Pillars JDBC store: the feedback pillar (feedback, feedback requests, 360 rounds, 1:1s, surveys).
-- Portable across PostgreSQL 15+ and H2 2.x; ${table_prefix} is a Flyway placeholder.
--
-- Each table keeps what queries and erasure need in columns and the rest of its aggregate as JSON
-- text in body. The column named lists, between '|', every employee the row names except an
-- anonymous giver, so that an erasure can check that no row names the erased employee.

-- Feedback. The giver of anonymous feedback is not in this table (giver is NULL, and named leaves
-- them out): it is in feedback_anonymous_givers, so that a DBA or report reading this table alone
-- does not see it, and access to that table can be granted apart. A separate table rather than a
-- keyed hash: the giver must be found again (their own view, withdrawal, erasure), and a hash of a
-- guessable employee id with a key kept beside the data would hide nothing from whoever reads both.
CREATE TABLE ${table_prefix}feedback (
  tenant       VARCHAR(128) NOT NULL,
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  receiver     VARCHAR(128) NOT NULL,
  giver        VARCHAR(128),
  anonymous    BOOLEAN      NOT NULL,
  visibility   VARCHAR(32)  NOT NULL,
  given_at     VARCHAR(64)  NOT NULL,
  withdrawn_at VARCHAR(64),
  named        VARCHAR      NOT NULL,
  body         VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}feedback_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}feedback_version CHECK (version >= 1),
  CONSTRAINT ${table_prefix}feedback_giver CHECK (anonymous = (giver IS NULL))
);
CREATE INDEX ${table_prefix}feedback_receiver ON ${table_prefix}feedback (tenant, receiver);

CREATE TABLE ${table_prefix}feedback_anonymous_givers (
  tenant      VARCHAR(128) NOT NULL,
  feedback_id VARCHAR(128) NOT NULL,
  giver       VARCHAR(128) NOT NULL,
  CONSTRAINT ${table_prefix}feedback_anonymous_givers_pk PRIMARY KEY (tenant, feedback_id),
  CONSTRAINT ${table_prefix}feedback_anonymous_givers_feedback FOREIGN KEY (tenant, feedback_id)
    REFERENCES ${table_prefix}feedback (tenant, id) ON DELETE CASCADE
);

CREATE TABLE ${table_prefix}feedback_requests (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  subject   VARCHAR(128) NOT NULL,
  named     VARCHAR      NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}feedback_requests_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}feedback_requests_version CHECK (version >= 1)
);

-- A 360 round's answers are kept per rater group and sorted, apart from who answered.
CREATE TABLE ${table_prefix}three_sixty_rounds (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  subject   VARCHAR(128) NOT NULL,
  named     VARCHAR      NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}three_sixty_rounds_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}three_sixty_rounds_version CHECK (version >= 1)
);

CREATE TABLE ${table_prefix}one_on_ones (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  manager   VARCHAR(128) NOT NULL,
  report    VARCHAR(128) NOT NULL,
  named     VARCHAR      NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}one_on_ones_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}one_on_ones_version CHECK (version >= 1)
);

-- A survey's responses are kept per segment and sorted, apart from who responded.
CREATE TABLE ${table_prefix}surveys (
  tenant    VARCHAR(128) NOT NULL,
  id        VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  named     VARCHAR      NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT ${table_prefix}surveys_pk PRIMARY KEY (tenant, id),
  CONSTRAINT ${table_prefix}surveys_version CHECK (version >= 1)
);
