/* ff-report-participant.h — what the documents of a participant print of them: the
 * page header's organisation and programme, and their name in both scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-page-flow.h"
#include "ff-participant.h"
#include "ff-store.h"

G_BEGIN_DECLS

/* The organisation and programme of @participant_id's most recently changed enrolment,
 * each "" when they are in no programme: *@organisation and *@programme, to free. */
gboolean  ff_report_read_programme       (FfStore        *store,
                                          gint64          participant_id,
                                          char          **organisation,
                                          char          **programme,
                                          GError        **error);

/* "Organisation · Programme", either alone when the other is "", or "". */
char     *ff_report_join_programme       (const char     *organisation,
                                          const char     *programme);

/* The participant's name, and under it their name in their own script when that is
 * another: "Olena Kovalenko\nОлена Коваленко". */
char     *ff_report_participant_name     (FfParticipant  *participant);

/* The top of a participant's document of a period (a job-seeker log, a follow-up
 * history): the page header, organisation and programme beside the participant's name;
 * then @title, the participant's name in both scripts, their national identity number
 * masked, and the period from @from to @to (YYYY-MM-DD, either NULL), in @document's
 * language, or @every when neither is given. @title and @every are msgids, marked
 * where they are given. */
void      ff_report_add_participant_period (FfPageFlow     *flow,
                                            FfDocument     *document,
                                            FfParticipant  *participant,
                                            const char     *organisation,
                                            const char     *programme,
                                            const char     *title,
                                            const char     *from,
                                            const char     *to,
                                            const char     *every);

/* The second language of a participant's document printed in @language: Norwegian
 * and the participant's own are always the two, so Bokmål when @language is not
 * Norwegian, otherwise the participant's own (ff_plan_language_for_participant ()). */
const char *ff_report_second_language   (FfParticipant  *participant,
                                         const char     *language);

G_END_DECLS
