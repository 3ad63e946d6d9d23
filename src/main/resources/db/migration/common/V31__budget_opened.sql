-- A budget becomes public when its information phase begins: opened_at is stamped then (by the budgets feature, at
-- creation or by its job), which writes the row, so that open data's change feed brings the budget when it opens
-- rather than never (its change time would otherwise be that of its last edit, before it was public).
ALTER TABLE budget ADD COLUMN opened_at TIMESTAMP;
