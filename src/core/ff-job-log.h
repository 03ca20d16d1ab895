/* ff-job-log.h — a participant's job-seeker log (jobbsøkerlogg), in NAV's words
 *
 * Every application and employer contact a participant makes is one job application
 * record, held by the participant: its date, the employer (one of the register, or
 * only typed), the position and place, where it was found, a contact person, the
 * deadline and a link, its status with the date of each change, the next follow-up
 * and notes. The statuses are those of NAV's activity plan ("Ikke startet", "Sendt og
 * venter på svar", "Skal på intervju", "Fått jobbtilbud", "Ikke fått jobben"), and
 * withdrawn. A participant may have a weekly target of applications (søkeavtale) for
 * a period; weeks are ISO weeks, Monday to Sunday, in local dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Statuses, by index into ff_job_statuses (keys "not-started", "sent", "interview",
 * "offered", "not-hired", "withdrawn"). */
typedef enum
{
  FF_JOB_STATUS_NOT_STARTED,
  FF_JOB_STATUS_SENT,
  FF_JOB_STATUS_INTERVIEW,
  FF_JOB_STATUS_OFFERED,
  FF_JOB_STATUS_NOT_HIRED,
  FF_JOB_STATUS_WITHDRAWN,
  FF_JOB_N_STATUSES
} FfJobStatus;

extern const FfChoiceList ff_job_statuses;
/* Where an application was found: "advertisement", "nav", "open-application",
 * "network", "employer-visit", "agency", "other"; "" not stated. */
extern const FfChoiceList ff_job_sources;

/* Whether an application with this status has ended: offered, not hired, withdrawn. */
gboolean     ff_job_status_is_ended        (FfJobStatus status);

typedef enum
{
  FF_JOB_APPLICATION_DATE,         /* required; the day it was sent or the contact made */
  FF_JOB_APPLICATION_EMPLOYER_ID,  /* an employer of the register, or "" */
  FF_JOB_APPLICATION_EMPLOYER,     /* the employer's name as typed, or the register's */
  FF_JOB_APPLICATION_POSITION,
  FF_JOB_APPLICATION_PLACE,
  FF_JOB_APPLICATION_SOURCE,       /* a key of ff_job_sources */
  FF_JOB_APPLICATION_CONTACT,      /* contact person */
  FF_JOB_APPLICATION_DEADLINE,     /* not before the date */
  FF_JOB_APPLICATION_LINK,         /* http(s) only */
  FF_JOB_APPLICATION_STATUS,       /* written by ff_job_application_set_status() only */
  FF_JOB_APPLICATION_STATUS_DATE,  /* the date of the current status */
  FF_JOB_APPLICATION_FOLLOW_UP,    /* the next follow-up */
  FF_JOB_APPLICATION_NOTES,
  FF_JOB_APPLICATION_N_FIELDS
} FfJobApplicationField;

/* What an application shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_JOB_APPLICATION_PARTICIPANT_ID,
  FF_JOB_APPLICATION_PARTICIPANT_NAME,  /* the participant's display name */
} FfJobApplicationExtra;

/* Job applications are FfRecord objects held by their participant, newest first (by
 * date, then as entered). Their title is the employer, their subtitle the position
 * and the status. */
extern const FfRecordType ff_job_application_type;

/* Adds an application to @participant_id's log with @values (one per field, by index;
 * NULL entries empty). An empty date is today; an empty status is "sent", dated the
 * application's date, and is the first entry of its history. Returns the id, or 0. */
gint64       ff_job_application_create     (FfStore            *store,
                                            gint64              participant_id,
                                            const char * const *values,
                                            GError            **error);

/* Records a change of status on @date (YYYY-MM-DD or as typed; NULL or "": today).
 * A date before the application's date is refused with a translated
 * FF_VALIDATE_ERROR. Changes may be entered late: the current status is the latest
 * by date, then as entered. */
gboolean     ff_job_application_set_status (FfStore            *store,
                                            gint64              application_id,
                                            FfJobStatus         status,
                                            const char         *date,
                                            GError            **error);

typedef struct
{
  FfJobStatus  status;
  char         date[11];   /* YYYY-MM-DD */
} FfJobStatusChange;

/* The changes of an application's status, oldest first (by date, then as entered):
 * an array of FfJobStatusChange. */
GArray      *ff_job_application_history    (FfStore            *store,
                                            gint64              application_id,
                                            GError            **error);

/* The applications of @participant_id dated from @from to @to (YYYY-MM-DD, both
 * included; NULL for no bound), newest first. */
GPtrArray   *ff_job_application_list       (FfStore            *store,
                                            gint64              participant_id,
                                            const char         *from,
                                            const char         *to,
                                            GError            **error);

/* A weekly target of applications for a period. */
typedef enum
{
  FF_JOB_TARGET_FROM,       /* required */
  FF_JOB_TARGET_UNTIL,      /* "" while it lasts */
  FF_JOB_TARGET_PER_WEEK,   /* required, 1–50 */
  FF_JOB_TARGET_N_FIELDS
} FfJobTargetField;

/* Weekly targets are FfRecord objects held by their participant, latest first. */
extern const FfRecordType ff_job_target_type;

/* One ISO week of a participant's log. An application counts in the week of its date
 * unless it is still "not started". The week's target is that of the target whose
 * period overlaps the week, the latest starting if several do; 0 when none does. */
typedef struct
{
  char    monday[11];   /* YYYY-MM-DD */
  int     iso_year;     /* the ISO week-numbering year (of the week's Thursday) */
  int     iso_week;     /* 1–53 */
  guint   count;
  guint   target;
} FfJobWeek;

/* The ISO week of @date (YYYY-MM-DD): its Monday, year and number; FALSE for a date
 * that is not one. */
gboolean     ff_job_week_of                (const char         *date,
                                            FfJobWeek          *week);

/* @n_weeks weeks of @participant_id's log, oldest first, the last being the week of
 * @today (YYYY-MM-DD; NULL: today): an array of FfJobWeek. */
GArray      *ff_job_log_weeks              (FfStore            *store,
                                            gint64              participant_id,
                                            const char         *today,
                                            guint               n_weeks,
                                            GError            **error);

/* Overviews across participants (ids of records, and rows of counts). */

/* Applications still open (not ended) whose follow-up comes on or before the Sunday
 * of @today's week (@today NULL: today), the earliest first: FfRecord objects of
 * ff_job_application_type, the first @limit of them (0: all). Those before @today are
 * overdue. @total (may be NULL) is set to how many there are in all. */
GPtrArray   *ff_job_log_follow_ups_due     (FfStore            *store,
                                            const char         *today,
                                            guint               limit,
                                            guint              *total,
                                            GError            **error);

/* Applications per participant per month, @n_months (1–12) months from @first_month
 * ("YYYY-MM"); only participants with at least one, by name, the first @limit of them
 * (0: all). @total (may be NULL) is set to how many participants have any. */
typedef struct
{
  gint64   participant_id;
  char    *name;            /* display name */
  guint    counts[12];
  guint    total;
} FfJobMonthRow;

GPtrArray   *ff_job_log_per_month          (FfStore            *store,
                                            const char         *first_month,
                                            guint               n_months,
                                            guint               limit,
                                            guint              *total,
                                            GError            **error);

/* How many applications dated from @from to @to (NULL: no bound) have each status
 * now: @counts[FfJobStatus]. */
gboolean     ff_job_log_count_statuses     (FfStore            *store,
                                            const char         *from,
                                            const char         *to,
                                            guint               counts[FF_JOB_N_STATUSES],
                                            GError            **error);

/* Participants with a target for the week of @date (NULL: today) who made fewer
 * applications than it asks that week, by name. */
typedef struct
{
  gint64   participant_id;
  char    *name;
  guint    count;
  guint    target;
} FfJobShortfall;

GPtrArray   *ff_job_log_under_target       (FfStore            *store,
                                            const char         *date,
                                            GError            **error);

/* Writes @participant_id's log from @from to @to as CSV (ff-csv.h) to @path (0600):
 * a header row in the displayed language, then one row per application by date. */
gboolean     ff_job_log_write_csv          (FfStore            *store,
                                            gint64              participant_id,
                                            const char         *from,
                                            const char         *to,
                                            const char         *path,
                                            GError            **error);

G_END_DECLS
