/* ff-employer.h — the employer register: workplaces for practice, jobs and mentors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

typedef enum
{
  FF_EMPLOYER_NAME,            /* required */
  FF_EMPLOYER_ORG_NUMBER,      /* 9 digits, check digit verified, or "" */
  FF_EMPLOYER_INDUSTRY,
  FF_EMPLOYER_ADDRESS,
  FF_EMPLOYER_POSTCODE,        /* 4 digits or "" */
  FF_EMPLOYER_PLACE,
  FF_EMPLOYER_CONTACT_PERSON,
  FF_EMPLOYER_PHONE,
  FF_EMPLOYER_EMAIL,
  FF_EMPLOYER_NOTES,
  FF_EMPLOYER_N_FIELDS
} FfEmployerField;

/* Employers are FfRecord objects of this type: archivable, sorted by name, searched by
 * name, organisation number, industry, place and contact person. Their subtitle is
 * the organisation number and the place: "974 760 673 · Brønnøysund". */
extern const FfRecordType ff_employer_type;

G_END_DECLS
