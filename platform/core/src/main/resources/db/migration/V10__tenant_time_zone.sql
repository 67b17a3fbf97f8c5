-- Every tenant tells clock times (such as the time in the name of a download) in its own time zone.
-- The tenants made so far are Dutch portals; new tenants get the same default from TenantService.
update tenant set settings = settings || '{"timeZone": "Europe/Amsterdam"}'::jsonb
where not settings ? 'timeZone';
