/* ff-sample-courses.c — the sample data's courses, with their sessions and attendance,
 * and the introduction benefit of those in the introduction programme
 *
 * Each programme has the courses its seed describes: Norwegian lessons, a job-seeker
 * course, private economy and the Monday planning and Friday evaluation in Drammen's
 * introduction programme and Veiviseren; a three-day establishment course, an evening
 * lecture and a workshop with a chef in Kvænangen; a motivation course in Skien;
 * vocational Norwegian in Vang. A course has as many groups as its participants fill,
 * up to a few, so that a large sample has no more courses than a municipality runs.
 *
 * Sessions come from ff_session_series_generate(), public holidays skipped, a few
 * cancelled. Attendance is taken for every session up to the data's today. Each
 * participant attends as they do everywhere: most well, some less so, a few badly, and
 * some of those stop coming for weeks; so the warnings and the reductions have
 * something to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-course.h"
#include "ff-enrolment.h"
#include "ff-holidays.h"
#include "ff-sample-private.h"
#include "ff-store-private.h"

/* Programmes, as ff-sample-programmes.c lists them. */
enum
{
  INTRODUCTION,
  KVAENANGEN,
  SKIEN,
  VANG,
  VEIVISEREN,
};

typedef struct
{
  guint          programme;
  const char    *title;
  FfCourseKind   kind;
  const char    *instructor;
  const char    *place;           /* NULL: online */
  FfWeekdays     days;
  guint          start;           /* minutes since midnight */
  guint          end;
  const char    *from;            /* DD.MM.YYYY */
  const char    *to;
  guint          max_groups;
  guint          group_size;
} CourseInfo;

#define AT(h, m) ((h) * 60 + (m))

static const CourseInfo courses[] = {
  { INTRODUCTION, "Norsk A2", FF_COURSE_KIND_NORWEGIAN, "Ingrid Hansen",
    "Introduksjonssenteret, rom 2",
    FF_WEEKDAY_MONDAY | FF_WEEKDAY_TUESDAY | FF_WEEKDAY_WEDNESDAY | FF_WEEKDAY_THURSDAY,
    AT (9, 0), AT (11, 30), "11.08.2025", "19.12.2025", 4, 16 },
  { INTRODUCTION, "Norsk B1", FF_COURSE_KIND_NORWEGIAN, "Jon Olav Berg",
    "Introduksjonssenteret, rom 3",
    FF_WEEKDAY_MONDAY | FF_WEEKDAY_WEDNESDAY | FF_WEEKDAY_FRIDAY,
    AT (12, 0), AT (14, 30), "11.08.2025", "19.12.2025", 2, 14 },
  { INTRODUCTION, "Jobbsøkerkurs", FF_COURSE_KIND_JOB_SEEKER, "Fatima Ali", "NAV Drammen",
    FF_WEEKDAY_TUESDAY, AT (12, 30), AT (15, 0), "02.09.2025", "16.12.2025", 2, 18 },
  { INTRODUCTION, "Privatøkonomi", FF_COURSE_KIND_PRIVATE_ECONOMY, "Sparebanken Øst",
    "Introduksjonssenteret, storsalen",
    FF_WEEKDAY_THURSDAY, AT (12, 30), AT (14, 30), "02.10.2025", "13.11.2025", 1, 20 },
  { INTRODUCTION, "Ukeplan og evaluering", FF_COURSE_KIND_PLANNING, "Kontaktlærerne",
    "Introduksjonssenteret, rom 1",
    FF_WEEKDAY_MONDAY | FF_WEEKDAY_FRIDAY, AT (8, 30), AT (9, 0), "04.08.2025", "19.12.2025",
    2, 18 },
  { KVAENANGEN, "Etablererkurs", FF_COURSE_KIND_ESTABLISHMENT, "Kvænangen Næringsfabrikk",
    "Kvænangen rådhus",
    FF_WEEKDAY_TUESDAY | FF_WEEKDAY_WEDNESDAY | FF_WEEKDAY_THURSDAY,
    AT (9, 0), AT (15, 0), "13.02.2024", "15.02.2024", 1, 20 },
  { KVAENANGEN, "Forelesning: regnskap og skatt", FF_COURSE_KIND_LECTURE, "Siri Nilsen",
    NULL, FF_WEEKDAY_WEDNESDAY, AT (18, 0), AT (20, 0), "06.03.2024", "06.03.2024", 1, 25 },
  { KVAENANGEN, "Verksted med kokk", FF_COURSE_KIND_WORKSHOP, "Anders Lie", "Kafé Badderen",
    FF_WEEKDAY_FRIDAY | FF_WEEKDAY_SATURDAY, AT (10, 0), AT (16, 0), "19.04.2024",
    "20.04.2024", 1, 15 },
  { SKIEN, "Motivasjonskurs", FF_COURSE_KIND_MOTIVATION, "Kari Lunde", "KIA Skien",
    FF_WEEKDAY_WEDNESDAY, AT (10, 0), AT (12, 0), "03.09.2025", "22.10.2025", 1, 15 },
  { VANG, "Yrkesnorsk", FF_COURSE_KIND_NORWEGIAN, "Vang vaksenopplæring", "Vang skule",
    FF_WEEKDAY_TUESDAY | FF_WEEKDAY_THURSDAY, AT (9, 0), AT (11, 0), "19.08.2025",
    "27.11.2025", 1, 12 },
  { VEIVISEREN, "Ukeplan mandag, evaluering fredag", FF_COURSE_KIND_PLANNING, "Veiviserne",
    "Drammen bibliotek, møterom 4",
    FF_WEEKDAY_MONDAY | FF_WEEKDAY_FRIDAY, AT (9, 0), AT (9, 45), "06.01.2025", "20.06.2025",
    2, 15 },
  { VEIVISEREN, "Jobbsøkerkurs Veiviseren", FF_COURSE_KIND_JOB_SEEKER, "Fatima Ali",
    "NAV Drammen", FF_WEEKDAY_WEDNESDAY, AT (12, 0), AT (14, 30), "08.01.2025", "18.06.2025",
    1, 18 },
};

/* How a participant attends, everywhere. */
typedef enum
{
  ATTENDS_WELL,
  ATTENDS_FAIRLY,
  ATTENDS_BADLY,
  STAYS_AWAY,           /* badly, and away without leave for weeks at a time */
} Habit;

/* Per mille of sessions: present, late, left early, excused; the rest unexcused. */
static const guint habits[][4] = {
  [ATTENDS_WELL] = { 925, 965, 975, 995 },
  [ATTENDS_FAIRLY] = { 800, 870, 900, 960 },
  [ATTENDS_BADLY] = { 560, 660, 720, 820 },
  [STAYS_AWAY] = { 560, 660, 720, 820 },
};

typedef struct
{
  Habit    habit;
  guint32  away_from;   /* STAYS_AWAY: the first of 21 days away */
} Attendance;

/* The benefit */

/* 2 G from 1 May 2025 (130 160 kr), and two thirds of it for those under 25
 * (integreringsloven § 21). */
#define BENEFIT_FULL "260 320"
#define BENEFIT_YOUNG "173 547"

gboolean
ff_sample_add_benefit (FfSample              *s,
                       const FfSampleHistory *history,
                       gint64                 enrolment_id,
                       GError               **error)
{
  const char *values[FF_ENROLMENT_N_FIELDS] = { NULL };
  gboolean active = FALSE;

  if (!s->introduction[history->programme])
    return TRUE;
  for (guint i = 0; i < history->n_changes; i++)
    active = active || history->status[i] == FF_ENROLMENT_STATUS_ACTIVE;
  if (!active)
    return TRUE;

  values[FF_ENROLMENT_FIELD_YEARLY_BENEFIT] = ff_sample_chance (s->course_rand, 20)
                                                ? BENEFIT_YOUNG : BENEFIT_FULL;
  if (ff_sample_chance (s->course_rand, 30))
    {
      values[FF_ENROLMENT_FIELD_PAYMENT_PERIOD] = "fortnightly";
      values[FF_ENROLMENT_FIELD_PAYMENT_FROM] = "06.01.2025";
    }
  if (ff_sample_chance (s->course_rand, 45))
    {
      static const char * const children[] = { "1", "2", "2", "3", "4" };

      values[FF_ENROLMENT_FIELD_CHILDREN] = FF_SAMPLE_PICK (s->course_rand, children);
      values[FF_ENROLMENT_FIELD_SOLE_CARER] = ff_sample_chance (s->course_rand, 20) ? "1" : "0";
    }

  return ff_record_update (s->store, &ff_enrolment_type, enrolment_id, values, error);
}

/* Courses */

/* The participants who may sit a course of @programme: those active in it now, or in
 * a programme that has ended, those who ever were; by id. */
static GArray *
programme_participants (FfSample  *s,
                        guint      programme,
                        GError   **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare_bound (s->store, error,
                                 "SELECT e.participant_id FROM enrolment e"
                                 " WHERE e.programme_id = ?1 AND e.deleted_at IS NULL"
                                 "   AND (e.status IN ('active', 'on-leave')"
                                 "        OR (?2 AND EXISTS (SELECT 1 FROM enrolment_status h"
                                 "                           WHERE h.enrolment_id = e.id"
                                 "                             AND h.status = 'active')))"
                                 " ORDER BY e.participant_id",
                                 "ii", s->programme_ids[programme],
                                 (gint64) (s->programme_end[programme] < s->reference));
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (s->store, stmt, error);
}

/* The public holidays of the years from @from to @to, as dates to skip. */
static GArray *
holidays_between (guint32 from,
                  guint32 to)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, from);
  g_date_set_julian (&last, to);
  for (GDateYear year = g_date_get_year (&first); year <= g_date_get_year (&last); year++)
    {
      g_autoptr(GArray) holidays = ff_holidays_for_year (year);

      for (guint i = 0; i < holidays->len; i++)
        g_array_append_val (dates, g_array_index (holidays, FfHoliday, i).date);
    }

  return dates;
}

static const Attendance *
attendance_of (FfSample *s,
               gint64    participant_id,
               guint32   from,
               guint32   to)
{
  Attendance *attendance = g_hash_table_lookup (s->attendance, &participant_id);
  int r;

  if (attendance != NULL)
    return attendance;

  attendance = g_new0 (Attendance, 1);
  r = g_rand_int_range (s->course_rand, 0, 100);
  attendance->habit = r < 72 ? ATTENDS_WELL : r < 90 ? ATTENDS_FAIRLY
                      : r < 96 ? ATTENDS_BADLY : STAYS_AWAY;
  if (attendance->habit == STAYS_AWAY)
    attendance->away_from = ff_sample_day_between (s->course_rand, from,
                                                   MAX (from, MIN (to, s->reference) - 21));
  g_hash_table_insert (s->attendance, g_memdup2 (&participant_id, sizeof participant_id),
                       attendance);
  return attendance;
}

/* One participant's mark in a session of @minutes on @day. */
static FfMark
draw_mark (FfSample          *s,
           const Attendance  *attendance,
           guint32            day,
           guint              minutes)
{
  static const FfExcuse excuses[] = {
    FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED,
    FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED, FF_EXCUSE_OWN_ILLNESS_DOCTOR, FF_EXCUSE_SICK_CHILD,
    FF_EXCUSE_SICK_CHILD, FF_EXCUSE_APPROVED_LEAVE, FF_EXCUSE_APPROVED_LEAVE,
    FF_EXCUSE_HOLIDAY, FF_EXCUSE_OTHER,
  };
  const guint *limits = habits[attendance->habit];
  guint r = (guint) g_rand_int_range (s->course_rand, 0, 1000);
  FfMark mark = { FF_MARK_PRESENT, 0, 0 };

  if (attendance->habit == STAYS_AWAY && day >= attendance->away_from
      && day < attendance->away_from + 21)
    r = r < 100 ? r : 999;    /* mostly away, without leave */

  if (r < limits[0])
    return mark;
  if (r < limits[2])
    {
      guint late = (guint) g_rand_int_range (s->course_rand, 1, 10) * 5;

      mark.kind = r < limits[1] ? FF_MARK_LATE : FF_MARK_LEFT_EARLY;
      mark.minutes = MAX (MIN (late, minutes / 2), 1);
      return mark;
    }
  if (r < limits[3])
    {
      mark.kind = FF_MARK_EXCUSED;
      mark.excuse = FF_SAMPLE_PICK (s->course_rand, excuses);
      return mark;
    }
  mark.kind = FF_MARK_UNEXCUSED;
  return mark;
}

/* A course of @info with @members, its sessions and their attendance. */
static gboolean
add_course (FfSample          *s,
            const CourseInfo  *info,
            guint              group,
            const gint64      *members,
            guint              n_members,
            GError           **error)
{
  g_autofree char *programme = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                s->programme_ids[info->programme]);
  g_autofree char *title = group > 0 ? g_strdup_printf ("%s, gruppe %u", info->title, group + 1)
                                     : g_strdup (info->title);
  const char *values[FF_COURSE_N_FIELDS] = {
    [FF_COURSE_TITLE] = title,
    [FF_COURSE_KIND] = ff_choice_list_key (&ff_course_kinds, info->kind),
    [FF_COURSE_PROGRAMME_ID] = programme,
    [FF_COURSE_INSTRUCTOR] = info->instructor,
    [FF_COURSE_PLACE] = info->place,
    [FF_COURSE_ONLINE] = info->place == NULL ? "1" : "0",
    [FF_COURSE_START_DATE] = info->from,
    [FF_COURSE_END_DATE] = info->to,
  };
  guint32 from = ff_sample_julian_from_text (info->from);
  guint32 to = ff_sample_julian_from_text (info->to);
  g_autoptr(GArray) skip = holidays_between (from, to);
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GArray) session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GDate first, last;
  gint64 course;

  course = ff_course_create (s->store, values, error);
  if (course == 0)
    return FALSE;

  for (guint i = 0; i < n_members; i++)
    {
      if (ff_course_add_participant (s->store, course, members[i], error) == 0)
        return FALSE;
    }

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, from);
  g_date_set_julian (&last, to);
  sessions = ff_session_series_generate (info->days, info->start, info->end, &first, &last,
                                         (const GDate *) (gpointer) skip->data, skip->len,
                                         ff_course_time_zone (), error);
  if (sessions == NULL || !ff_course_add_series (s->store, course, sessions, error))
    return FALSE;

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (s->store, error,
                              "SELECT id FROM session WHERE course_id = ?1"
                              " ORDER BY date, start_time, id",
                              "i", course);

    if (stmt == NULL)
      return FALSE;
    g_clear_pointer (&session_ids, g_array_unref);
    session_ids = ff_store_collect_ids (s->store, stmt, error);
    if (session_ids == NULL)
      return FALSE;
  }

  for (guint i = 0; i < sessions->len && i < session_ids->len; i++)
    {
      const FfSession *session = &g_array_index (sessions, FfSession, i);
      gint64 session_id = g_array_index (session_ids, gint64, i);
      guint32 day = g_date_get_julian (&session->date);

      /* A few are called off; none is marked before it is held. */
      if (ff_sample_chance (s->course_rand, 2))
        {
          if (!ff_course_cancel_session (s->store, session_id, TRUE, error))
            return FALSE;
          continue;
        }
      if (day > s->reference)
        continue;

      for (guint m = 0; m < n_members; m++)
        {
          const Attendance *attendance = attendance_of (s, members[m], from, to);
          FfMark mark = draw_mark (s, attendance, day, session->minutes);

          if (!ff_course_set_mark (s->store, course, session_id, members[m], &mark, error))
            return FALSE;
          if (mark.kind == FF_MARK_UNEXCUSED && ff_sample_chance (s->course_rand, 15)
              && !ff_course_set_mark_note (s->store, course, session_id, members[m],
                                           "Meldte ikke fra.", error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
ff_sample_add_courses (FfSample  *s,
                       GError   **error)
{
  GArray *members[FF_SAMPLE_N_PROGRAMMES] = { NULL };
  gboolean ok = FALSE;

  for (guint p = 0; p < FF_SAMPLE_N_PROGRAMMES; p++)
    {
      members[p] = programme_participants (s, p, error);
      if (members[p] == NULL)
        goto out;
    }

  for (guint c = 0; c < G_N_ELEMENTS (courses); c++)
    {
      const CourseInfo *info = &courses[c];
      GArray *candidates = members[info->programme];

      /* Groups of the same people for every course of a programme: those in the first
       * group of Norwegian meet in the first group of the job-seeker course too. */
      for (guint g = 0; g < info->max_groups; g++)
        {
          guint start = g * info->group_size;
          guint n = MIN (info->group_size, candidates->len > start ? candidates->len - start : 0);

          if (n == 0)
            break;
          if (!add_course (s, info, g, &g_array_index (candidates, gint64, start), n, error))
            goto out;
        }
    }

  ok = TRUE;

out:
  for (guint p = 0; p < FF_SAMPLE_N_PROGRAMMES; p++)
    g_clear_pointer (&members[p], g_array_unref);
  return ok;
}
