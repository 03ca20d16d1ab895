/* ff-programme.h — a programme (introduction programme, course, mentor scheme …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Indexes into ff_programme_kinds. */
typedef enum
{
  FF_PROGRAMME_KIND_INTRODUCTION,   /* "introduction" */
  FF_PROGRAMME_KIND_ESTABLISHMENT,  /* "establishment-course" */
  FF_PROGRAMME_KIND_MENTOR,         /* "mentor-scheme" */
  FF_PROGRAMME_KIND_TRAINEE,        /* "trainee-scheme" */
  FF_PROGRAMME_KIND_QUALIFICATION,  /* "qualification" */
  FF_PROGRAMME_KIND_OTHER,          /* "other" */
  FF_PROGRAMME_N_KINDS
} FfProgrammeKind;

typedef enum
{
  FF_PROGRAMME_NAME,
  FF_PROGRAMME_KIND,          /* a key of ff_programme_kinds */
  FF_PROGRAMME_ORGANISATION,
  FF_PROGRAMME_FUNDER,
  FF_PROGRAMME_START_DATE,    /* YYYY-MM-DD or "" */
  FF_PROGRAMME_END_DATE,      /* YYYY-MM-DD or "", not before the start */
  FF_PROGRAMME_NOTES,
  FF_PROGRAMME_N_FIELDS
} FfProgrammeField;

extern const FfChoiceList ff_programme_kinds;
extern const FfRecordType ff_programme_type;

#define FF_TYPE_PROGRAMME (ff_programme_get_type ())
G_DECLARE_FINAL_TYPE (FfProgramme, ff_programme, FF, PROGRAMME, FfRecord)

/* Returns the new id, or 0 (a name is required). */
gint64            ff_programme_create          (FfStore          *store,
                                                const char       *name,
                                                FfProgrammeKind   kind,
                                                GError          **error);
/* One programme, with its participants counted. */
FfProgramme      *ff_programme_load            (FfStore          *store,
                                                gint64            id,
                                                GError          **error);
/* FfProgramme objects ordered by name; archived ones only when asked. */
GPtrArray        *ff_programme_list            (FfStore          *store,
                                                gboolean          include_archived,
                                                GError          **error);
/* As ff_record_set_field(): the name is required, the end not before the start. */
gboolean          ff_programme_set_field       (FfStore          *store,
                                                gint64            id,
                                                FfProgrammeField  field,
                                                const char       *value,
                                                GError          **error);
gboolean          ff_programme_set_archived    (FfStore          *store,
                                                gint64            id,
                                                gboolean          archived,
                                                GError          **error);

gint64            ff_programme_get_id          (FfProgramme      *self);
/* Never NULL. */
const char       *ff_programme_get_field       (FfProgramme      *self,
                                                FfProgrammeField  field);
const char       *ff_programme_get_name        (FfProgramme      *self);
FfProgrammeKind   ff_programme_get_kind        (FfProgramme      *self);
/* The kind in the user's language: "Introduction programme" … */
const char       *ff_programme_get_kind_label  (FfProgramme      *self);
gboolean          ff_programme_get_archived    (FfProgramme      *self);
/* Participants with an enrolment in it (not deleted), counted by ff_programme_load;
 * -1 (not counted) for programmes from ff_programme_list. */
gint64            ff_programme_get_n_participants (FfProgramme   *self);

/* A record's "subtitle" is its kind and period: "Mentor scheme · 1 Jan 2025 – 31 Dec
 * 2025". */

G_END_DECLS
