-- The results of a participatory budget's vote (issue 20), counted once the vote is closed, per envelope, by the rule
-- the budget names: every project on the ballot with its votes, whether it is funded and why not (and the money left
-- when it was passed over). Stored so that the results page reads them rather than recounts; the anonymised ballots
-- (Pabulib) let anyone recount them.
CREATE TABLE budget_result (
    project_id   BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    envelope_id  BIGINT NOT NULL,
    votes        INTEGER NOT NULL,
    paper_votes  INTEGER NOT NULL,
    selected     BOOLEAN NOT NULL,
    reason       VARCHAR(32) NOT NULL,
    -- the money left when the project's turn came and it was passed over
    money_left   BIGINT,
    -- the order in which the rule funded the project (null when not funded)
    funded_rank  INTEGER,
    changed_at   TIMESTAMP,
    CONSTRAINT pk_budget_result PRIMARY KEY (project_id),
    CONSTRAINT fk_result_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT fk_result_envelope FOREIGN KEY (envelope_id) REFERENCES budget_envelope (id)
);

CREATE INDEX ix_result_envelope ON budget_result (envelope_id, selected, votes);
CREATE INDEX ix_result_changed ON budget_result (changed_at, project_id);

ALTER TABLE budget_envelope ADD COLUMN ballots INTEGER;
ALTER TABLE budget ADD COLUMN results_at TIMESTAMP;
