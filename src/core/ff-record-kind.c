/* ff-record-kind.c — the kinds of record the store holds, as ::changed names them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-record-kind.h"

G_DEFINE_ENUM_TYPE (FfRecordKind, ff_record_kind,
                    G_DEFINE_ENUM_VALUE (FF_RECORD_PROGRAMME, "programme"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_PARTICIPANT, "participant"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_ENROLMENT, "enrolment"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_PLAN, "plan"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_EMPLOYER, "employer"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_BUSINESS_PLAN, "business-plan"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_COURSE, "course"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_MENTOR, "mentor"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_MATCH, "match"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_PLACEMENT, "placement"),
                    G_DEFINE_ENUM_VALUE (FF_RECORD_FOLLOW_UP, "follow-up"))

/* The same nicks as above, by kind. */
static const char * const nicks[FF_RECORD_N_KINDS] = {
  [FF_RECORD_PROGRAMME] = "programme",
  [FF_RECORD_PARTICIPANT] = "participant",
  [FF_RECORD_ENROLMENT] = "enrolment",
  [FF_RECORD_PLAN] = "plan",
  [FF_RECORD_EMPLOYER] = "employer",
  [FF_RECORD_BUSINESS_PLAN] = "business-plan",
  [FF_RECORD_COURSE] = "course",
  [FF_RECORD_MENTOR] = "mentor",
  [FF_RECORD_MATCH] = "match",
  [FF_RECORD_PLACEMENT] = "placement",
  [FF_RECORD_FOLLOW_UP] = "follow-up",
};

const char *
ff_record_kind_nick (FfRecordKind kind)
{
  g_return_val_if_fail (kind < FF_RECORD_N_KINDS, "");

  return nicks[kind];
}
