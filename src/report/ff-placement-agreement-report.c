/* ff-placement-agreement-report.c — a placement's three-party agreement as a printed
 * document
 *
 * Everything the agreement shows is read from the store when the document is made, so
 * that laying it out again (a print dialog's page setup) reads nothing. Only the
 * layout is here: pages, labels in one or two languages, signatures, header and footer
 * are the page flow's (ff-page-flow.h); printing and PDF files are the document's
 * (ff-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-employer.h"
#include "ff-format.h"
#include "ff-mentor.h"
#include "ff-participant.h"
#include "ff-placement.h"
#include "ff-placement-agreement-report.h"
#include "ff-report-language.h"
#include "ff-report-participant.h"
#include "ff-validate.h"

struct _FfPlacementAgreementReport
{
  FfDocument      parent_instance;

  FfRecord       *placement;     /* the document's source */
  FfParticipant  *participant;
  FfRecord       *employer;      /* NULL when it was deleted */
  FfRecord       *mentor;        /* NULL when none, or deleted */
  char           *organisation;  /* of the programme the participant is in, or "" */
  char           *programme;
  FfApprovalDate  approvals[FF_N_PARTIES];
  guint           n_kept;        /* versions kept when a change cleared approvals */
};

G_DEFINE_FINAL_TYPE (FfPlacementAgreementReport, ff_placement_agreement_report,
                     FF_TYPE_DOCUMENT)

/* A stored date as the document's language writes it. */
static char *
format_date (FfPlacementAgreementReport *self,
             const char                 *iso)
{
  return ff_format_date (iso, ff_document_get_language (FF_DOCUMENT (self)));
}

static const char *
placement_field (FfPlacementAgreementReport *self,
                 FfPlacementField            field)
{
  return ff_record_get (self->placement, field);
}

/* "a\nb" of the texts that are not empty, one a line ("" when all are). */
static char *
join_lines (const char * const *texts,
            guint               n_texts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_texts; i++)
    {
      if (texts[i] == NULL || texts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, texts[i]);
    }

  return g_string_free (out, FALSE);
}

static FfPlacementKind
placement_kind (FfPlacementAgreementReport *self)
{
  int kind = ff_choice_list_find (&ff_placement_kinds,
                                  placement_field (self, FF_PLACEMENT_KIND));

  return kind >= 0 ? (FfPlacementKind) kind : FF_PLACEMENT_WORK_PRACTICE;
}

static void
layout_header (FfPlacementAgreementReport *self,
               FfPageFlow                 *flow)
{
  g_autofree char *left = ff_report_join_programme (self->organisation, self->programme);

  ff_page_flow_set_header (flow, left, ff_participant_get_display_name (self->participant));
}

static void
layout_parties (FfPlacementAgreementReport *self,
                FfPageFlow                 *flow)
{
  g_autofree char *name = ff_report_participant_name (self->participant);
  const char *national_id = ff_participant_get_field (self->participant,
                                                      FF_PARTICIPANT_NATIONAL_ID);
  const char *contact_lines[] = {
    placement_field (self, FF_PLACEMENT_CONTACT_PERSON),
    self->organisation,
  };
  g_autofree char *contact = join_lines (contact_lines, G_N_ELEMENTS (contact_lines));

  /* Translators: the title of the printed placement agreement (praksisavtale) that the
   * participant, the employer and the contact person sign */
  ff_page_flow_add_title (flow, N_("Placement agreement"));

  /* Translators: printed on the placement agreement: a section's heading, over who
   * makes the agreement */
  ff_page_flow_add_heading (flow, N_("Parties"), 60);
  /* Translators: printed on the placement agreement, beside the participant's name */
  ff_page_flow_add_field (flow, N_("Participant"), name);
  if (national_id != NULL && national_id[0] != '\0')
    {
      g_autofree char *masked = ff_format_national_id_masked (national_id);

      ff_page_flow_add_field (flow, N_("National identity number"), masked);
    }

  if (self->employer != NULL)
    {
      g_autofree char *org_number = ff_org_number_to_display (
        ff_record_get (self->employer, FF_EMPLOYER_ORG_NUMBER));
      g_autofree char *place = g_strjoin (" ",
                                          ff_record_get (self->employer, FF_EMPLOYER_POSTCODE),
                                          ff_record_get (self->employer, FF_EMPLOYER_PLACE),
                                          NULL);
      const char *address_lines[] = {
        ff_record_get (self->employer, FF_EMPLOYER_ADDRESS),
        g_strstrip (place),
      };
      g_autofree char *address = join_lines (address_lines, G_N_ELEMENTS (address_lines));
      const char *employer_contact_lines[] = {
        ff_record_get (self->employer, FF_EMPLOYER_CONTACT_PERSON),
        ff_record_get (self->employer, FF_EMPLOYER_PHONE),
        ff_record_get (self->employer, FF_EMPLOYER_EMAIL),
      };
      g_autofree char *employer_contact = join_lines (employer_contact_lines,
                                                      G_N_ELEMENTS (employer_contact_lines));

      /* Translators: printed on the placement agreement, beside the employer's name */
      ff_page_flow_add_field (flow, N_("Employer"), ff_record_get (self->employer,
                                                                   FF_EMPLOYER_NAME));
      /* Translators: printed on the placement agreement: the employer's number in the
       * Register of Business Enterprises (organisasjonsnummer) */
      ff_page_flow_add_field (flow, N_("Organisation number"), org_number);
      /* Translators: printed on the placement agreement: the employer's address */
      ff_page_flow_add_field (flow, N_("Address"), address);
      if (employer_contact[0] != '\0')
        /* Translators: printed on the placement agreement: who to ask at the employer */
        ff_page_flow_add_field (flow, N_("Contact at the employer"), employer_contact);
    }
  else
    {
      ff_page_flow_add_field (flow, N_("Employer"),
                              ff_record_get_extra (self->placement,
                                                   FF_PLACEMENT_EMPLOYER_NAME));
    }

  /* Translators: printed on the placement agreement: the programme's contact person
   * (kontaktperson) who follows the participant up, and the organisation */
  ff_page_flow_add_field (flow, N_("Contact person"), contact);
}

static void
layout_placement (FfPlacementAgreementReport *self,
                  FfPageFlow                 *flow)
{
  const char *language = ff_document_get_language (FF_DOCUMENT (self));
  const char *days = placement_field (self, FF_PLACEMENT_DAYS_PER_WEEK);
  const char *percent_text = placement_field (self, FF_PLACEMENT_PERCENT);
  const char *goal = placement_field (self, FF_PLACEMENT_GOAL);
  g_autofree char *start = format_date (self, placement_field (self, FF_PLACEMENT_START));
  g_autofree char *end = format_date (self, placement_field (self, FF_PLACEMENT_END));
  g_autofree char *period = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *mentor = NULL;
  int goal_index;

  if (start[0] != '\0' || end[0] != '\0')
    period = g_strdup_printf ("%s – %s", start, end);
  if (percent_text[0] != '\0')
    percent = ff_format_percent (g_ascii_strtod (percent_text, NULL), language);
  if (self->mentor != NULL)
    {
      const char *lines[] = {
        ff_record_get (self->mentor, FF_MENTOR_NAME),
        ff_record_get (self->mentor, FF_MENTOR_PHONE),
        ff_record_get (self->mentor, FF_MENTOR_EMAIL),
      };

      mentor = join_lines (lines, G_N_ELEMENTS (lines));
    }

  /* Translators: printed on the placement agreement: a section's heading, over the
   * kind, period and tasks of the placement */
  ff_page_flow_add_heading (flow, N_("The placement"), 60);
  /* Translators: printed on the placement agreement: language practice, work
   * practice … */
  ff_page_flow_add_choice_field (flow, N_("Kind of placement"),
                                 ff_report_choice_msgid (&ff_placement_kinds,
                                                         placement_kind (self)));
  /* Translators: printed on the placement agreement: its first and last day */
  ff_page_flow_add_field (flow, N_("Period"), period);
  /* Translators: printed on the placement agreement: how many days a week the
   * participant is at the workplace */
  ff_page_flow_add_field (flow, N_("Days per week"), days);
  /* Translators: printed on the placement agreement: the share of a full-time week
   * (stillingsprosent) */
  ff_page_flow_add_field (flow, N_("Working percentage"), percent);
  /* Translators: printed on the placement agreement: who guides the participant at
   * the workplace (arbeidsplassmentor) */
  ff_page_flow_add_field (flow, N_("Workplace mentor"), mentor);
  goal_index = ff_choice_list_find (&ff_placement_goals, goal);
  if (goal[0] != '\0' && goal_index >= 0)
    /* Translators: printed on the placement agreement: what the placement is to lead
     * to */
    ff_page_flow_add_choice_field (flow, N_("Goal"),
                                   ff_report_choice_msgid (&ff_placement_goals,
                                                           goal_index));
  /* Translators: printed on the placement agreement: the work the participant does */
  ff_page_flow_add_field (flow, N_("Tasks"), placement_field (self, FF_PLACEMENT_TASKS));
}

/* The standard terms, as the kind of placement has them (ff_placement_kind_is_practice
 * () says which, and why). */
static void
layout_terms (FfPlacementAgreementReport *self,
              FfPageFlow                 *flow)
{
  gboolean practice = ff_placement_kind_is_practice (placement_kind (self));

  /* Translators: printed on the placement agreement: a section's heading, over the
   * standard terms */
  ff_page_flow_add_heading (flow, N_("Terms"), 60);

  /* Translators: printed on the placement agreement: the heading of a term */
  ff_page_flow_add_label (flow, N_("Insurance"));
  if (practice)
    /* Translators: printed on the placement agreement: a standard term of a practice
     * placement (språkpraksis, arbeidspraksis) */
    ff_page_flow_add_paragraph (flow, N_("The participant is insured against injury at "
                                         "work through the municipality, or through NAV "
                                         "when NAV arranged the placement. The employer "
                                         "tells the contact person at once of any injury."));
  else
    /* Translators: printed on the placement agreement: a standard term of a placement
     * in which the participant is employed (wage subsidy, apprenticeship, a job) */
    ff_page_flow_add_paragraph (flow, N_("The participant is employed, and insured by the "
                                         "employer as its other employees are. The employer "
                                         "tells the contact person at once of any injury."));

  /* Translators: printed on the placement agreement: the heading of a term */
  ff_page_flow_add_label (flow, N_("Wages"));
  if (practice)
    /* Translators: printed on the placement agreement: a standard term of a practice
     * placement; the participant keeps the introduction benefit or NAV's benefit */
    ff_page_flow_add_paragraph (flow, N_("A practice placement is not employment. The "
                                         "employer pays the participant no wage; the "
                                         "participant keeps the benefit of their "
                                         "programme."));
  else
    /* Translators: printed on the placement agreement: a standard term of a placement
     * in which the participant is employed */
    ff_page_flow_add_paragraph (flow, N_("The employer pays the wage of the employment "
                                         "contract. The contract of employment is made "
                                         "besides this agreement."));

  /* Translators: printed on the placement agreement: the heading of a term */
  ff_page_flow_add_label (flow, N_("Confidentiality"));
  /* Translators: printed on the placement agreement: a standard term */
  ff_page_flow_add_paragraph (flow, N_("The employer and the workplace mentor keep what they "
                                       "learn of the participant's personal affairs to "
                                       "themselves. The participant keeps what they learn of "
                                       "the employer's business and its customers to "
                                       "themselves."));

  /* Translators: printed on the placement agreement: the heading of a term */
  ff_page_flow_add_label (flow, N_("Follow-up and evaluation"));
  /* Translators: printed on the placement agreement: a standard term */
  ff_page_flow_add_paragraph (flow, N_("The contact person follows the placement up with "
                                       "the participant and the workplace mentor, with "
                                       "visits at the workplace. At the end of the period "
                                       "the three parties evaluate the placement "
                                       "together."));

  /* Translators: printed on the placement agreement: the heading of a term */
  ff_page_flow_add_label (flow, N_("Ending early"));
  if (practice)
    /* Translators: printed on the placement agreement: a standard term of a practice
     * placement */
    ff_page_flow_add_paragraph (flow, N_("Each party may end the placement before the "
                                         "period ends, after talking it over with the other "
                                         "two. Tell the contact person first of anything "
                                         "that may end it."));
  else
    /* Translators: printed on the placement agreement: a standard term of a placement
     * in which the participant is employed */
    ff_page_flow_add_paragraph (flow, N_("The employment ends early only as the contract "
                                         "of employment and the Working Environment Act "
                                         "allow. Tell the contact person first of anything "
                                         "that may end it."));
}

static void
layout_signatures (FfPlacementAgreementReport *self,
                   FfPageFlow                 *flow)
{
  char *dates[FF_N_PARTIES] = { NULL };
  gboolean all_approved = TRUE;
  const char *employer_name = self->employer != NULL
                              ? ff_record_get (self->employer, FF_EMPLOYER_CONTACT_PERSON)
                              : NULL;
  g_autofree char *employer_signer = NULL;

  for (guint i = 0; i < FF_N_PARTIES; i++)
    {
      dates[i] = format_date (self, self->approvals[i]);
      all_approved = all_approved && self->approvals[i][0] != '\0';
    }

  /* the employer signs by its contact person, for the company */
  if (employer_name != NULL && employer_name[0] != '\0')
    employer_signer = g_strdup_printf ("%s\n%s", employer_name,
                                       ff_record_get (self->employer, FF_EMPLOYER_NAME));
  else
    employer_signer = g_strdup (ff_record_get_extra (self->placement,
                                                     FF_PLACEMENT_EMPLOYER_NAME));

  if (self->n_kept > 0 && !all_approved)
    {
      ff_page_flow_add_space (flow, 8);
      /* Translators: printed on the placement agreement over the signatures, when it
       * was changed after a party approved an earlier version */
      ff_page_flow_add_label (flow, N_("This agreement was changed after an earlier version "
                                       "was approved, and is to be approved again."));
    }

  {
    const FfSignatureParty parties[] = {
      { ff_report_choice_msgid (&ff_placement_parties, FF_PARTY_PARTICIPANT),
        ff_participant_get_display_name (self->participant), dates[FF_PARTY_PARTICIPANT] },
      { ff_report_choice_msgid (&ff_placement_parties, FF_PARTY_EMPLOYER),
        employer_signer, dates[FF_PARTY_EMPLOYER] },
      { ff_report_choice_msgid (&ff_placement_parties, FF_PARTY_CONTACT_PERSON),
        placement_field (self, FF_PLACEMENT_CONTACT_PERSON), dates[FF_PARTY_CONTACT_PERSON] },
    };

    ff_page_flow_add_signatures (flow, parties, G_N_ELEMENTS (parties));
  }

  for (guint i = 0; i < FF_N_PARTIES; i++)
    g_free (dates[i]);
}

static void
ff_placement_agreement_report_layout (FfDocument *document,
                                      FfPageFlow *flow)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (document);

  layout_header (self, flow);
  layout_parties (self, flow);
  layout_placement (self, flow);
  layout_terms (self, flow);
  layout_signatures (self, flow);
}

static char *
ff_placement_agreement_report_dup_title (FfDocument *document)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (document);

  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             N_("Placement agreement")),
                          ff_participant_get_display_name (self->participant));
}

static char *
ff_placement_agreement_report_dup_job_name (FfDocument *document)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (document);

  /* Translators: the name of a print job: the document's name ("Placement agreement")
   * and the participant's name */
  return g_strdup_printf (C_("print job", "%s – %s"), _("Placement agreement"),
                          ff_participant_get_display_name (self->participant));
}

static char *
ff_placement_agreement_report_dup_suggested_file_name (FfDocument *document)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (document);

  /* Translators: the file name offered for a placement agreement's PDF: the
   * participant's name, the document's name and the employer's name, "Olena Kovalenko
   * – Placement agreement – Rema 1000.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s – %s.pdf"),
                          ff_participant_get_display_name (self->participant),
                          _("Placement agreement"),
                          ff_record_get_extra (self->placement, FF_PLACEMENT_EMPLOYER_NAME));
}

static void
ff_placement_agreement_report_constructed (GObject *object)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (object);

  G_OBJECT_CLASS (ff_placement_agreement_report_parent_class)->constructed (object);

  self->placement = FF_RECORD (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_placement_agreement_report_finalize (GObject *object)
{
  FfPlacementAgreementReport *self = FF_PLACEMENT_AGREEMENT_REPORT (object);

  g_clear_object (&self->participant);
  g_clear_object (&self->employer);
  g_clear_object (&self->mentor);
  g_free (self->organisation);
  g_free (self->programme);

  G_OBJECT_CLASS (ff_placement_agreement_report_parent_class)->finalize (object);
}

static void
ff_placement_agreement_report_class_init (FfPlacementAgreementReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_placement_agreement_report_constructed;
  object_class->finalize = ff_placement_agreement_report_finalize;

  document_class->layout = ff_placement_agreement_report_layout;
  document_class->dup_title = ff_placement_agreement_report_dup_title;
  document_class->dup_job_name = ff_placement_agreement_report_dup_job_name;
  document_class->dup_suggested_file_name =
    ff_placement_agreement_report_dup_suggested_file_name;
}

static void
ff_placement_agreement_report_init (FfPlacementAgreementReport *self)
{
}

/* A record of @type that @placement refers to by @field; NULL without an error when it
 * refers to none or to one since deleted. */
static FfRecord *
load_referred (FfStore             *store,
               FfRecord            *placement,
               FfPlacementField     field,
               const FfRecordType  *type,
               GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = g_ascii_strtoll (ff_record_get (placement, field), NULL, 10);
  FfRecord *record;

  if (id <= 0)
    return NULL;

  record = ff_record_load (store, type, id, &local_error);
  if (record == NULL
      && !g_error_matches (local_error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));

  return record;
}

FfPlacementAgreementReport *
ff_placement_agreement_report_new (FfStore     *store,
                                   gint64       placement_id,
                                   const char  *language,
                                   const char  *second_language,
                                   GError     **error)
{
  g_autoptr(FfRecord) placement = NULL;
  g_autoptr(FfPlacementAgreementReport) self = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  GError *local_error = NULL;
  gint64 participant_id;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  placement = ff_record_load (store, &ff_placement_type, placement_id, error);
  if (placement == NULL)
    return NULL;
  participant_id = g_ascii_strtoll (ff_record_get (placement, FF_PLACEMENT_PARTICIPANT_ID),
                                    NULL, 10);

  self = g_initable_new (FF_TYPE_PLACEMENT_AGREEMENT_REPORT, NULL, error,
                         "source", placement,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->participant = ff_participant_load (store, participant_id, error);
  if (self->participant == NULL)
    return NULL;

  self->employer = load_referred (store, placement, FF_PLACEMENT_EMPLOYER_ID,
                                  &ff_employer_type, &local_error);
  if (local_error == NULL)
    self->mentor = load_referred (store, placement, FF_PLACEMENT_MENTOR_ID, &ff_mentor_type,
                                  &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (!ff_report_read_programme (store, participant_id, &self->organisation,
                                 &self->programme, error) ||
      !ff_placement_get_approvals (store, placement_id, 0, self->approvals, error))
    return NULL;

  kept = ff_placement_list_agreements (store, placement_id, error);
  if (kept == NULL)
    return NULL;
  self->n_kept = kept->len;

  ff_document_set_audit (FF_DOCUMENT (self), store, participant_id,
                         FF_AUDIT_PLACEMENT_AGREEMENT);

  return g_steal_pointer (&self);
}

gint64
ff_placement_agreement_report_get_participant_id (FfPlacementAgreementReport *self)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_AGREEMENT_REPORT (self), 0);

  return ff_participant_get_id (self->participant);
}
