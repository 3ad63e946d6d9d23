-- Following a participatory budget (issue 21): its followers are told of each new idea written for it and of each
-- step of its funded projects. A fan-out of a project's step names its budget, so that the budget's followers are
-- found with the project's (the idea's) own.
ALTER TABLE follow DROP CONSTRAINT ck_follow_kind;
ALTER TABLE follow ADD CONSTRAINT ck_follow_kind CHECK (kind IN ('PROPOSAL', 'THEME', 'DISTRICT', 'PERSON', 'BUDGET'));
ALTER TABLE notice_fanout ADD COLUMN budget_id BIGINT;
