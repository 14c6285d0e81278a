-- The after-hours, terminated-user and bulk-access rules of `evident review`, in the sqlite3 shell,
-- over the generated EHR access CSV. Working hours: 07:00 to 19:00, Monday to Friday, in the file's
-- local time (the benchmark workspace sets time_zone: UTC); floor 30; multiplier 3.
.mode csv
.import ehr-access.csv access
.import workspace/inventory/workforce.csv workforce
.mode list
.separator " "
SELECT 'after-hours', COUNT(DISTINCT "User ID") FROM access
 WHERE CAST(substr("Access Time", 12, 2) AS INTEGER) NOT BETWEEN 7 AND 18
    OR strftime('%w', substr("Access Time", 1, 10)) IN ('0', '6');
SELECT 'terminated-user', COUNT(DISTINCT a."User ID") FROM access a
  JOIN workforce w ON w.username = a."User ID"
 WHERE w.end_date <> '' AND substr(a."Access Time", 1, 10) > w.end_date;
WITH hours AS (
    SELECT "User ID" AS user, substr("Access Time", 1, 13) AS hour, COUNT(DISTINCT MRN) AS patients
      FROM access GROUP BY 1, 2),
ranked AS (
    SELECT user, patients, ROW_NUMBER() OVER (PARTITION BY user ORDER BY patients) - 1 AS position,
           COUNT(*) OVER (PARTITION BY user) AS total
      FROM hours),
medians AS (SELECT user, patients AS median FROM ranked WHERE position = total / 2)
SELECT 'bulk-access', COUNT(*) FROM hours JOIN medians USING (user)
 WHERE patients > MAX(30, 3 * median);
