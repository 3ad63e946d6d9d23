-- A report remembers whether its author's account was new when it was filed (younger than
-- CIVITAS_MODERATION_NEW_ACCOUNT_DAYS): such reports reach the moderators' queue but do not count toward hiding an
-- item automatically, so a handful of fresh accounts cannot hide what they dislike. Earlier reports counted.
ALTER TABLE report ADD COLUMN from_new_account BOOLEAN DEFAULT FALSE NOT NULL;
