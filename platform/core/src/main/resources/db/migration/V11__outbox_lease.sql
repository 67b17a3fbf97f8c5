-- Until when a relay holds a claimed row while it sends (null when no attempt is under way), so
-- that mail waiting for a retry can be woken early without touching rows being sent.
alter table outbox add column leased_until timestamptz;
