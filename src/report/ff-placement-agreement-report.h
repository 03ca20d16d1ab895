/* ff-placement-agreement-report.h — a placement's three-party agreement as a printed
 * document
 *
 * An agreement between the participant, the employer and the programme's contact
 * person (praksisavtale): the organisation and programme in the page header, with the
 * participant's name; the title "Placement agreement"; the parties (the participant,
 * the national id masked; the employer with its organisation number, address and
 * contact person; the contact person of the programme); the placement (its kind,
 * period, days per week, working percentage, workplace mentor, goal and tasks); the
 * terms a municipality's agreement holds, in plain words (insurance, wages,
 * confidentiality, follow-up and evaluation, ending early), as the kind of placement
 * has them; and a signature block for each party, with the date of its approval
 * where one is recorded. Print it, or write it as PDF, as any FfDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PLACEMENT_AGREEMENT_REPORT (ff_placement_agreement_report_get_type ())
G_DECLARE_FINAL_TYPE (FfPlacementAgreementReport, ff_placement_agreement_report, FF,
                      PLACEMENT_AGREEMENT_REPORT, FfDocument)

/* The agreement of placement @placement_id as @store holds it now, with the approvals
 * of the agreement as it is, to print in @language ("nb", "nn", "uk", "en"),
 * bilingual with @second_language when it is not NULL or "" (and not @language).
 * Fails with FF_STORE_ERROR_NOT_FOUND for a placement (or its participant) that is not
 * there, FF_REPORT_ERROR_LANGUAGE or FF_REPORT_ERROR_TRANSLATION for a language
 * documents cannot be printed in. Its prints and exports are recorded in the
 * participant's audit log (FF_AUDIT_PLACEMENT_AGREEMENT). */
FfPlacementAgreementReport *ff_placement_agreement_report_new (FfStore     *store,
                                                               gint64       placement_id,
                                                               const char  *language,
                                                               const char  *second_language,
                                                               GError     **error);

/* The participant whose placement it is. */
gint64   ff_placement_agreement_report_get_participant_id (FfPlacementAgreementReport *self);

G_END_DECLS
