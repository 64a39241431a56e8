-- A course server's sign-in finds the activity by (organization, course): a course is one activity of its
-- organization. No operation wrote course_id before the wx page settings, so no existing row can clash.
CREATE UNIQUE INDEX activity_organization_course ON activity (organization_id, course_id)
    WHERE course_id IS NOT NULL;
-- The unique index serves the look-up by course too.
DROP INDEX activity_by_course;
