-- The account whose user token submitted a wx member's information (null: the activity's organization's key, or a
-- course server's sign-in). Another account may not overwrite that member.
ALTER TABLE wx_member ADD COLUMN submitted_by_account_id BIGINT;
