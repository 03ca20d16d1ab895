/* ff-absence-leave.c — occurrences of self-certified leave and sick-child days counted
 * against their limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-absence-leave.h"
#include "ff-holidays.h"

/* No stretch without a working day in Norway is longer than this (Maundy Thursday to
 * Easter Monday): a longer gap between two marked days always holds one. */
#define LONGEST_DAYS_OFF 5

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The distinct dates marked @excuse, as Julian day numbers in order. */
static GArray *
dates_marked (const FfExcusedDay *days,
              gsize               n,
              FfExcuse            excuse)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint kept = 0;

  for (gsize i = 0; i < n; i++)
    if (days[i].excuse == excuse && g_date_valid (&days[i].date))
      {
        guint32 julian = g_date_get_julian (&days[i].date);

        g_array_append_val (dates, julian);
      }
  g_array_sort (dates, compare_julian);

  for (guint i = 0; i < dates->len; i++)
    if (kept == 0 || g_array_index (dates, guint32, i) != g_array_index (dates, guint32, kept - 1))
      g_array_index (dates, guint32, kept++) = g_array_index (dates, guint32, i);
  g_array_set_size (dates, kept);

  return dates;
}

/* Whether a working day lies strictly between Julian days @before and @after. */
static gboolean
working_day_between (guint32 before,
                     guint32 after)
{
  GDate day;

  if (after - before - 1 > LONGEST_DAYS_OFF)
    return TRUE;

  g_date_clear (&day, 1);
  for (guint32 j = before + 1; j < after; j++)
    {
      g_date_set_julian (&day, j);
      if (ff_holidays_is_working_day (&day))
        return TRUE;
    }
  return FALSE;
}

GArray *
ff_absence_leave_self_certifications (const FfExcusedDay *days,
                                      gsize               n)
{
  g_autoptr(GArray) dates = NULL;
  GArray *occurrences;

  g_return_val_if_fail (days != NULL || n == 0, NULL);

  dates = dates_marked (days, n, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  occurrences = g_array_new (FALSE, TRUE, sizeof (FfSelfCertification));

  for (guint i = 0; i < dates->len; i++)
    {
      guint32 julian = g_array_index (dates, guint32, i);
      FfSelfCertification *current;

      if (i == 0 || working_day_between (g_array_index (dates, guint32, i - 1), julian))
        {
          FfSelfCertification occurrence = { .days = 0 };

          g_date_clear (&occurrence.first, 1);
          g_date_set_julian (&occurrence.first, julian);
          g_array_append_val (occurrences, occurrence);
        }

      current = &g_array_index (occurrences, FfSelfCertification, occurrences->len - 1);
      g_date_clear (&current->last, 1);
      g_date_set_julian (&current->last, julian);
      current->days++;
    }
  return occurrences;
}

/* The day before the 12 months that end on @date. */
static GDate
window_opens_after (const GDate *date)
{
  GDate before = *date;

  g_date_subtract_months (&before, 12);
  return before;
}

/* How many of @occurrences count in the 12 months up to @date, those after @date and
 * @leave_out (may be NULL) left out. */
static guint
count_in_window (GArray                    *occurrences,
                 const GDate               *date,
                 const FfSelfCertification *leave_out)
{
  GDate opens_after = window_opens_after (date);
  guint count = 0;

  for (guint i = 0; i < occurrences->len; i++)
    {
      const FfSelfCertification *occurrence = &g_array_index (occurrences,
                                                              FfSelfCertification, i);

      if (leave_out != NULL && g_date_compare (&occurrence->first, &leave_out->first) == 0)
        continue;
      if (g_date_compare (&occurrence->last, &opens_after) > 0
          && g_date_compare (&occurrence->first, date) <= 0)
        count++;
    }
  return count;
}

guint
ff_absence_leave_self_certifications_used (const FfExcusedDay *days,
                                           gsize               n,
                                           const GDate        *date)
{
  g_autoptr(GArray) occurrences = NULL;

  g_return_val_if_fail (days != NULL || n == 0, 0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  occurrences = ff_absence_leave_self_certifications (days, n);
  return count_in_window (occurrences, date, NULL);
}

FfSelfCertificationVerdict
ff_absence_leave_self_certification_check (const FfExcusedDay        *days,
                                           gsize                      n,
                                           const FfSelfCertification *occurrence,
                                           const GDate               *enrolment_start)
{
  g_autoptr(GArray) occurrences = NULL;
  GDate opens;
  guint total;

  g_return_val_if_fail (days != NULL || n == 0, FF_SELF_CERTIFICATION_ALLOWED);
  g_return_val_if_fail (occurrence != NULL && g_date_valid (&occurrence->first),
                        FF_SELF_CERTIFICATION_ALLOWED);
  g_return_val_if_fail (enrolment_start != NULL && g_date_valid (enrolment_start),
                        FF_SELF_CERTIFICATION_ALLOWED);

  total = occurrence->days;
  total = occurrence->days;
  opens = *enrolment_start;
  g_date_add_days (&opens, FF_SELF_CERTIFICATION_WAIT_DAYS);
  if (g_date_compare (&occurrence->first, &opens) < 0)
    return FF_SELF_CERTIFICATION_TOO_EARLY;

  /* Ill again within 16 calendar days of the one before: its days count with these. */
  occurrences = ff_absence_leave_self_certifications (days, n);
  for (guint i = 0; i < occurrences->len; i++)
    {
      const FfSelfCertification *before = &g_array_index (occurrences,
                                                          FfSelfCertification, i);
      int gap = g_date_days_between (&before->last, &occurrence->first);

      if (gap > 0 && gap <= FF_SELF_CERTIFICATION_RELAPSE_DAYS)
        total = before->days + occurrence->days;
    }
  if (total > FF_SELF_CERTIFICATION_MAX_DAYS)
    return FF_SELF_CERTIFICATION_TOO_LONG;

  /* the others in the 12 months up to its first day: all before it, as runs do not
   * overlap */
  if (count_in_window (occurrences, &occurrence->first, occurrence)
      >= FF_SELF_CERTIFICATIONS_PER_12_MONTHS)
    return FF_SELF_CERTIFICATION_NONE_LEFT;

  return FF_SELF_CERTIFICATION_ALLOWED;
}

guint
ff_absence_leave_sick_child_days_allowed (guint    children,
                                          gboolean sole_carer)
{
  guint days;

  if (children == 0)
    return 0;
  days = children > 2 ? 15 : 10;
  return sole_carer ? 2 * days : days;
}

guint
ff_absence_leave_sick_child_days_used (const FfExcusedDay *days,
                                       gsize               n,
                                       const GDate        *date)
{
  g_autoptr(GArray) dates = NULL;
  GDate opens_after;
  guint32 after, to;
  guint used = 0;

  g_return_val_if_fail (days != NULL || n == 0, 0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  opens_after = window_opens_after (date);
  after = g_date_get_julian (&opens_after);
  to = g_date_get_julian (date);

  dates = dates_marked (days, n, FF_EXCUSE_SICK_CHILD);
  for (guint i = 0; i < dates->len; i++)
    if (g_array_index (dates, guint32, i) > after && g_array_index (dates, guint32, i) <= to)
      used++;
  return used;
}

void
ff_absence_leave_count (const FfExcusedDay *days,
                        gsize               n,
                        const GDate        *enrolment_start,
                        const GDate        *today,
                        guint               children,
                        gboolean            sole_carer,
                        FfLeaveCount       *count)
{
  GDate opens;

  g_return_if_fail (days != NULL || n == 0);
  g_return_if_fail (enrolment_start != NULL && g_date_valid (enrolment_start));
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (count != NULL);

  memset (count, 0, sizeof *count);

  opens = *enrolment_start;
  g_date_add_days (&opens, FF_SELF_CERTIFICATION_WAIT_DAYS);
  count->self_certification_open = g_date_compare (today, &opens) >= 0;

  count->self_certifications_used = ff_absence_leave_self_certifications_used (days, n, today);
  count->self_certifications_left = FF_SELF_CERTIFICATIONS_PER_12_MONTHS
                                    - MIN (count->self_certifications_used,
                                           FF_SELF_CERTIFICATIONS_PER_12_MONTHS);

  count->sick_child_days_used = ff_absence_leave_sick_child_days_used (days, n, today);
  count->sick_child_days_allowed = ff_absence_leave_sick_child_days_allowed (children,
                                                                             sole_carer);
  count->sick_child_days_left = count->sick_child_days_allowed
                                - MIN (count->sick_child_days_used,
                                       count->sick_child_days_allowed);
}
