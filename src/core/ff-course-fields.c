/* ff-course-fields.c — a course and its parts as records: their fields, choices and
 * checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-course.h"
#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-text.h"
#include "ff-validate.h"

static const FfChoice kinds[FF_COURSE_N_KINDS] = {
  /* Translators: a kind of course */
  [FF_COURSE_KIND_ESTABLISHMENT] = { "establishment", NULL, N_("Establishment course") },
  /* Translators: a kind of course */
  [FF_COURSE_KIND_JOB_SEEKER] = { "job-seeker", NULL, N_("Job-seeker course") },
  /* Translators: a kind of course: Norwegian lessons */
  [FF_COURSE_KIND_NORWEGIAN] = { "norwegian", NULL, N_("Norwegian") },
  /* Translators: a kind of course: managing one's own money */
  [FF_COURSE_KIND_PRIVATE_ECONOMY] = { "private-economy", NULL, N_("Private economy") },
  /* Translators: a kind of course */
  [FF_COURSE_KIND_MOTIVATION] = { "motivation", NULL, N_("Motivation") },
  /* Translators: a kind of course */
  [FF_COURSE_KIND_WORKSHOP] = { "workshop", NULL, N_("Workshop") },
  /* Translators: a kind of course: a talk by an invited lecturer */
  [FF_COURSE_KIND_LECTURE] = { "lecture", NULL, N_("Lecture") },
  /* Translators: a kind of course: the week planned on Monday and evaluated on Friday */
  [FF_COURSE_KIND_PLANNING] = { "planning", NULL, N_("Planning and evaluation") },
  /* Translators: a kind of course: none of the others */
  [FF_COURSE_KIND_OTHER] = { "other", "kind of course", NC_("kind of course", "Other") },
};

const FfChoiceList ff_course_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_COURSE_KIND_OTHER,
  N_("Choose one of the kinds of course in the list."),
};

static const FfChoice online_choices[] = {
  /* Translators: a course held in a room */
  { "0", "course", NC_("course", "In person") },
  /* Translators: a course held over the internet */
  { "1", "course", NC_("course", "Online") },
};

static const FfChoiceList online_list = {
  online_choices, G_N_ELEMENTS (online_choices), 0, NULL,
};

static const FfField course_fields[FF_COURSE_N_FIELDS] = {
  [FF_COURSE_TITLE] = { "title", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                        N_("Enter the course's title.") },
  [FF_COURSE_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_course_kinds, "other" },
  [FF_COURSE_PROGRAMME_ID] = { "programme_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED, NULL,
                               NULL, N_("Choose the programme the course is part of.") },
  [FF_COURSE_INSTRUCTOR] = { "instructor", NULL, FF_CHECK_LINE },
  [FF_COURSE_PLACE] = { "place", NULL, FF_CHECK_LINE },
  [FF_COURSE_ONLINE] = { "online", NULL, FF_CHECK_FLAG, 0, &online_list, "0" },
  [FF_COURSE_START_DATE] = { "start_date", NULL, FF_CHECK_DATE },
  [FF_COURSE_END_DATE] = { "end_date", NULL, FF_CHECK_DATE },
  [FF_COURSE_THRESHOLD] = { "threshold", NULL, FF_CHECK_PERCENT, 0, NULL, "80" },
  [FF_COURSE_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

static const FfPeriod course_periods[] = {
  { FF_COURSE_START_DATE, FF_COURSE_END_DATE,
    N_("The course cannot end before it starts.") },
};

static char *
sort_key (const char * const *values)
{
  return ff_text_sort_key (values[FF_COURSE_TITLE], "");
}

static char *
search_text (const char * const *values)
{
  g_autofree char *text = g_strjoin (" ", values[FF_COURSE_TITLE],
                                     values[FF_COURSE_INSTRUCTOR],
                                     values[FF_COURSE_PLACE], NULL);

  return ff_text_fold (text);
}

static const FfDerived course_derived[] = {
  { "sort_key", sort_key },
  { "search_text", search_text },
};

static const char * const course_extra[] = {
  [FF_COURSE_PROGRAMME_NAME] = "(SELECT pr.name FROM programme pr WHERE pr.id = t.programme_id)",
  [FF_COURSE_N_PARTICIPANTS] = "(SELECT count(*) FROM course_participant cp"
                               " WHERE cp.course_id = t.id AND cp.deleted_at IS NULL)",
  [FF_COURSE_N_SESSIONS] = "(SELECT count(*) FROM session s"
                           " WHERE s.course_id = t.id AND s.deleted_at IS NULL)",
};

/* "Norwegian · 6 Jan 2025 – 20 Jun 2025" */
static char *
describe (const char * const *values)
{
  const char *kind = ff_choice_list_key_label (&ff_course_kinds, values[FF_COURSE_KIND]);
  const char *start = values[FF_COURSE_START_DATE];
  const char *end = values[FF_COURSE_END_DATE];
  g_autofree char *from = *start != '\0' ? ff_format_date_in_words (start, NULL) : NULL;
  g_autofree char *until = *end != '\0' ? ff_format_date_in_words (end, NULL) : NULL;
  g_autofree char *period = NULL;

  if (from != NULL && until != NULL)
    /* Translators: a course's period: start date – end date */
    period = g_strdup_printf (C_("course", "%s – %s"), from, until);
  else if (from != NULL)
    /* Translators: a course's period with no end date */
    period = g_strdup_printf (C_("course", "From %s"), from);
  else if (until != NULL)
    /* Translators: a course's period with no start date */
    period = g_strdup_printf (C_("course", "Until %s"), until);

  if (period == NULL)
    return g_strdup (kind);

  /* Translators: a course's kind and period, "Norwegian · 6 Jan 2025 – 20 Jun 2025" */
  return g_strdup_printf (C_("course", "%s · %s"), kind, period);
}

const FfRecordType ff_course_type = {
  .kind = FF_RECORD_COURSE,
  .table = "course",
  .fields = course_fields,
  .n_fields = G_N_ELEMENTS (course_fields),
  .flags = FF_RECORD_ARCHIVABLE,
  .periods = course_periods,
  .n_periods = G_N_ELEMENTS (course_periods),
  .derived = course_derived,
  .n_derived = G_N_ELEMENTS (course_derived),
  .not_found = N_("The course no longer exists. Reload the list of courses."),
  .sort_column = "sort_key",
  .search_column = "search_text",
  .title_field = FF_COURSE_TITLE,
  .extra = course_extra,
  .n_extra = G_N_ELEMENTS (course_extra),
  .describe = describe,
};

/* Participants on a course */

static const FfField member_fields[FF_COURSE_MEMBER_N_FIELDS] = {
  [FF_COURSE_MEMBER_PARTICIPANT_ID] = { "participant_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED,
                                        NULL, NULL, N_("Choose a participant.") },
};

static const char * const member_extra[] = {
  [FF_COURSE_MEMBER_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
};

/* Sessions */

static const FfChoice cancelled_choices[] = {
  /* Translators: a session that takes place as planned */
  { "0", "session", NC_("session", "Held") },
  /* Translators: a session that does not take place */
  { "1", "session", NC_("session", "Cancelled") },
};

static const FfChoiceList cancelled_list = {
  cancelled_choices, G_N_ELEMENTS (cancelled_choices), 0, NULL,
};

static const FfField session_fields[FF_SESSION_N_FIELDS] = {
  [FF_SESSION_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                        N_("Enter the date of the session.") },
  [FF_SESSION_START] = { "start_time", NULL, FF_CHECK_TIME, FF_FIELD_REQUIRED, NULL, NULL,
                         N_("Enter the time the session starts.") },
  [FF_SESSION_END] = { "end_time", NULL, FF_CHECK_TIME, FF_FIELD_REQUIRED, NULL, NULL,
                       N_("Enter the time the session ends.") },
  [FF_SESSION_CANCELLED] = { "cancelled", NULL, FF_CHECK_FLAG, 0, &cancelled_list, "0" },
  [FF_SESSION_NOTE] = { "note", NULL, FF_CHECK_TEXT },
};

static const char * const session_extra[] = {
  [FF_SESSION_COURSE_ID] = "t.course_id",
};

static gboolean
session_check (const char * const *values,
               guint               changed,
               GError            **error)
{
  if (changed != G_MAXUINT && changed != FF_SESSION_START && changed != FF_SESSION_END
      && changed != FF_SESSION_DATE)
    return TRUE;

  if (ff_course_session_minutes (values[FF_SESSION_DATE], values[FF_SESSION_START],
                                 values[FF_SESSION_END]) == 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("A session must end after it starts."));
      return FALSE;
    }

  return TRUE;
}

/* Marks */

static const FfChoice mark_kinds[] = {
  /* Translators: no attendance taken for a participant in a session */
  [FF_MARK_NOT_REGISTERED] = { "", NULL, N_("Not registered") },
  /* Translators: an attendance mark */
  [FF_MARK_PRESENT] = { "present", "attendance", NC_("attendance", "Present") },
  /* Translators: an attendance mark: came late */
  [FF_MARK_LATE] = { "late", "attendance", NC_("attendance", "Late") },
  /* Translators: an attendance mark: went home before the end */
  [FF_MARK_LEFT_EARLY] = { "left-early", "attendance", NC_("attendance", "Left early") },
  /* Translators: an attendance mark: absent with a valid reason (gyldig fravær) */
  [FF_MARK_EXCUSED] = { "excused", "attendance", NC_("attendance", "Excused") },
  /* Translators: an attendance mark: absent without a valid reason (ugyldig fravær) */
  [FF_MARK_UNEXCUSED] = { "unexcused", "attendance", NC_("attendance", "Unexcused") },
};

const FfChoiceList ff_mark_kinds = {
  mark_kinds, G_N_ELEMENTS (mark_kinds), FF_MARK_NOT_REGISTERED,
  N_("Choose one of the marks in the list."),
};

static const FfChoice excuses[] = {
  /* Translators: why an absence is excused: own illness, self-certified (egenmelding) */
  [FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED] = { "self-certified", NULL,
                                             N_("Own illness, self-certified") },
  /* Translators: why an absence is excused: own illness with a doctor's note */
  [FF_EXCUSE_OWN_ILLNESS_DOCTOR] = { "doctor", NULL, N_("Own illness, doctor's note") },
  /* Translators: why an absence is excused */
  [FF_EXCUSE_SICK_CHILD] = { "sick-child", NULL, N_("Sick child") },
  /* Translators: why an absence is excused */
  [FF_EXCUSE_APPROVED_LEAVE] = { "approved-leave", NULL, N_("Approved leave") },
  /* Translators: why an absence is excused */
  [FF_EXCUSE_HOLIDAY] = { "holiday", NULL, N_("Public holiday or religious day") },
  /* Translators: why an absence is excused: none of the others */
  [FF_EXCUSE_OTHER] = { "other", "excuse", NC_("excuse", "Other") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (excuses) == FF_EXCUSE_N_KINDS);

const FfChoiceList ff_excuses = {
  excuses, G_N_ELEMENTS (excuses), FF_EXCUSE_OTHER,
  N_("Choose why the absence is excused."),
};

static const FfField mark_fields[FF_MARK_N_FIELDS] = {
  [FF_MARK_FIELD_SESSION_ID] = { "session_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED },
  [FF_MARK_FIELD_PARTICIPANT_ID] = { "participant_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED },
  [FF_MARK_FIELD_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_mark_kinds },
  [FF_MARK_FIELD_MINUTES] = { "minutes", NULL, FF_CHECK_TALLY },
  [FF_MARK_FIELD_EXCUSE] = { "excuse", NULL, FF_CHECK_CHOICE, 0, &ff_excuses },
  [FF_MARK_FIELD_NOTE] = { "note", NULL, FF_CHECK_TEXT },
};

/* Late and left early say how many minutes; excused says why. */
static gboolean
mark_check (const char * const *values,
            guint               changed,
            GError            **error)
{
  int kind = ff_mark_kind_from_key (values[FF_MARK_FIELD_KIND]);
  const char *minutes = values[FF_MARK_FIELD_MINUTES];

  if ((kind == FF_MARK_LATE || kind == FF_MARK_LEFT_EARLY)
      && (*minutes == '\0' || g_str_equal (minutes, "0")))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           kind == FF_MARK_LATE ? _("Enter how many minutes late.")
                                                : _("Enter how many minutes before the end."));
      return FALSE;
    }

  if (kind == FF_MARK_EXCUSED && *values[FF_MARK_FIELD_EXCUSE] == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Choose why the absence is excused."));
      return FALSE;
    }

  return TRUE;
}

const FfRecordType ff_course_part_types[FF_COURSE_N_PART_KINDS] = {
  [FF_COURSE_PART_PARTICIPANT] = {
    .kind = FF_RECORD_COURSE, .table = "course_participant",
    .fields = member_fields, .n_fields = G_N_ELEMENTS (member_fields),
    .not_found = N_("The participant is no longer on the course. Reload the course."),
    .owner = &ff_course_type, .owner_column = "course_id",
    .order = "(SELECT p.sort_name FROM participant p WHERE p.id = t.participant_id), t.id",
    .title_field = FF_COURSE_MEMBER_PARTICIPANT_ID,
    .extra = member_extra, .n_extra = G_N_ELEMENTS (member_extra),
  },
  [FF_COURSE_PART_SESSION] = {
    .kind = FF_RECORD_COURSE, .table = "session",
    .fields = session_fields, .n_fields = G_N_ELEMENTS (session_fields),
    .not_found = N_("The session no longer exists. Reload the course."),
    .owner = &ff_course_type, .owner_column = "course_id",
    .order = "t.date, t.start_time, t.id",
    .title_field = FF_SESSION_DATE,
    .extra = session_extra, .n_extra = G_N_ELEMENTS (session_extra),
    .check = session_check,
  },
  [FF_COURSE_PART_MARK] = {
    .kind = FF_RECORD_COURSE, .table = "attendance_mark",
    .fields = mark_fields, .n_fields = G_N_ELEMENTS (mark_fields),
    .not_found = N_("The attendance mark no longer exists. Reload the course."),
    .owner = &ff_course_type, .owner_column = "course_id",
    .title_field = FF_MARK_FIELD_KIND,
    .check = mark_check,
  },
};

const char *
ff_mark_kind_to_key (FfMarkKind kind)
{
  return ff_choice_list_key (&ff_mark_kinds, kind);
}

int
ff_mark_kind_from_key (const char *key)
{
  return ff_choice_list_find (&ff_mark_kinds, key != NULL ? key : "");
}

const char *
ff_excuse_to_key (FfExcuse excuse)
{
  return ff_choice_list_key (&ff_excuses, excuse);
}

int
ff_excuse_from_key (const char *key)
{
  return ff_choice_list_find (&ff_excuses, key != NULL ? key : "");
}
