/* ff-follow-up-report.h — a participant's follow-up history for a period as a printed
 * document
 *
 * The organisation and programme in the page header, with the participant's name; the
 * title "Follow-up history"; the participant's name (and in their own script), the
 * national id masked ("010290 *****") and the period; a table of the conversations of
 * the period by date, the oldest first: date, kind, who took part and summary; then a
 * table of the actions agreed in them: the day agreed, what, who, by when, and whether
 * it is done; and how many conversations there are. Print it, or write it as PDF, as
 * any FfDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_FOLLOW_UP_REPORT (ff_follow_up_report_get_type ())
G_DECLARE_FINAL_TYPE (FfFollowUpReport, ff_follow_up_report, FF, FOLLOW_UP_REPORT, FfDocument)

/* The conversations of @participant_id dated from @from to @to (YYYY-MM-DD, both
 * included; NULL for no bound), with their actions, read from @store now, to print in
 * @language ("nb", "nn", "uk", "en"), bilingual with @second_language when it is not
 * NULL or "" (and not @language). Fails with FF_STORE_ERROR_NOT_FOUND for a
 * participant who is not there, FF_REPORT_ERROR_LANGUAGE or FF_REPORT_ERROR_TRANSLATION
 * for a language documents cannot be printed in. Its prints and exports are recorded
 * in the participant's audit log (FF_AUDIT_FOLLOW_UPS). */
FfFollowUpReport *ff_follow_up_report_new                (FfStore     *store,
                                                          gint64       participant_id,
                                                          const char  *from,
                                                          const char  *to,
                                                          const char  *language,
                                                          const char  *second_language,
                                                          GError     **error);

/* How many conversations, and how many actions agreed in them, the history holds. */
guint             ff_follow_up_report_get_n_conversations (FfFollowUpReport *self);
guint             ff_follow_up_report_get_n_actions       (FfFollowUpReport *self);

G_END_DECLS
