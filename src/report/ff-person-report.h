/* ff-person-report.h — a copy of everything the file holds about one participant, for
 * them to read (GDPR article 15)
 *
 * A4 upright: the participant's name in the page header; the title "Copy of personal
 * data", the name and when the copy was made; then, for each table that holds their
 * data (ff_person_read()), a heading and each row's fields by their labels, values as
 * people read them; last, the audit log's entries about them in a table. Print it, or
 * write it as PDF, as any FfDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PERSON_REPORT (ff_person_report_get_type ())
G_DECLARE_FINAL_TYPE (FfPersonReport, ff_person_report, FF, PERSON_REPORT, FfDocument)

/* Everything about @participant_id, read from @store now, with labels in @language
 * ("nb", "nn", "uk", "en"). Records nothing. Fails with FF_STORE_ERROR_NOT_FOUND for
 * a participant who is not there, FF_REPORT_ERROR_LANGUAGE or
 * FF_REPORT_ERROR_TRANSLATION for a language documents cannot be printed in. */
FfPersonReport *ff_person_report_new    (FfStore     *store,
                                         gint64       participant_id,
                                         const char  *language,
                                         GError     **error);

/* Records the export in the audit log ("exported:access-pdf"; refused on a file open
 * read-only, and then nothing is written), reads everything about @participant_id
 * (the new audit row too) and writes it as PDF to @path (0600). Call it from the
 * thread that fetches labels (ff_document_write_pdf()). */
gboolean        ff_person_report_export (FfStore     *store,
                                         gint64       participant_id,
                                         const char  *language,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
