-- Personal access tokens get an expiry and a scope (read only, or read and write). Tokens made before keep what they
-- could do (WRITE) and expire 90 days after this migration, so their owners have time to make new ones.
ALTER TABLE access_token ADD COLUMN scope VARCHAR(5) DEFAULT 'WRITE' NOT NULL;
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP;
UPDATE access_token SET expires_at = {fn TIMESTAMPADD(SQL_TSI_DAY, 90, CURRENT_TIMESTAMP)};
ALTER TABLE access_token ALTER COLUMN expires_at NOT NULL;
