/* ff-record-kind.h — the kinds of record the store holds, as ::changed names them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every kind of record the interface follows through FfStore::changed. A new kind is
 * registered here, and only here; its nick is the signal's detail
 * ("changed::employer"). The parts of a record (a plan's activities, say) are
 * announced as a change of the record that holds them. */
typedef enum
{
  FF_RECORD_PROGRAMME,    /*< nick=programme >*/
  FF_RECORD_PARTICIPANT,  /*< nick=participant >*/
  FF_RECORD_ENROLMENT,    /*< nick=enrolment >*/
  FF_RECORD_PLAN,         /*< nick=plan >*/
  FF_RECORD_EMPLOYER,     /*< nick=employer >*/
  FF_RECORD_BUSINESS_PLAN, /*< nick=business-plan >*/
  FF_RECORD_COURSE,       /*< nick=course >*/
  FF_RECORD_MENTOR,       /*< nick=mentor >*/
  FF_RECORD_MATCH,        /*< nick=match >*/
  FF_RECORD_PLACEMENT,    /*< nick=placement >*/
  FF_RECORD_FOLLOW_UP,    /*< nick=follow-up >*/
  FF_RECORD_N_KINDS       /*< skip >*/
} FfRecordKind;

#define FF_TYPE_RECORD_KIND (ff_record_kind_get_type ())
GType        ff_record_kind_get_type  (void) G_GNUC_CONST;

/* "programme", "participant" …: the detail of ::changed. */
const char  *ff_record_kind_nick      (FfRecordKind kind);

G_END_DECLS
