/* ff-programme.h — a programme (introduction programme, course, mentor scheme …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

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
  FF_PROGRAMME_KIND,          /* a kind key */
  FF_PROGRAMME_ORGANISATION,
  FF_PROGRAMME_FUNDER,
  FF_PROGRAMME_START_DATE,    /* YYYY-MM-DD or "" */
  FF_PROGRAMME_END_DATE,      /* YYYY-MM-DD or "", not before the start */
  FF_PROGRAMME_NOTES,
  FF_PROGRAMME_N_FIELDS
} FfProgrammeField;

#define FF_TYPE_PROGRAMME (ff_programme_get_type ())
G_DECLARE_FINAL_TYPE (FfProgramme, ff_programme, FF, PROGRAMME, GObject)

const char       *ff_programme_kind_to_key     (FfProgrammeKind   kind);
FfProgrammeKind   ff_programme_kind_from_key   (const char       *key);
/* Translated: "Introduction programme", "Establishment course" … */
const char       *ff_programme_kind_to_label   (FfProgrammeKind   kind);
const char       *ff_programme_field_key       (FfProgrammeField  field);

/* Returns the new id, or 0 (a name is required). */
gint64            ff_programme_create          (FfStore          *store,
                                                const char       *name,
                                                FfProgrammeKind   kind,
                                                GError          **error);
FfProgramme      *ff_programme_load            (FfStore          *store,
                                                gint64            id,
                                                GError          **error);
/* FfProgramme objects ordered by name; archived ones only when asked. */
GPtrArray        *ff_programme_list            (FfStore          *store,
                                                gboolean          include_archived,
                                                GError          **error);
/* Validates (name not empty, dates, end not before start, kind key), writes with
 * an audit row in one transaction, emits ::changed. Unchanged: writes nothing. */
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
const char       *ff_programme_get_uuid        (FfProgramme      *self);
/* Never NULL. */
const char       *ff_programme_get_field       (FfProgramme      *self,
                                                FfProgrammeField  field);
const char       *ff_programme_get_name        (FfProgramme      *self);
FfProgrammeKind   ff_programme_get_kind        (FfProgramme      *self);
gboolean          ff_programme_get_archived    (FfProgramme      *self);
/* Participants with an enrolment in it (not deleted), counted by ff_programme_load;
 * -1 (not counted) for programmes from ff_programme_list. */
gint64            ff_programme_get_n_participants (FfProgramme   *self);

/* Properties: "id", "name", "kind-label", "period" (translated "1 Jan 2024 – …"),
 * "archived", "n-participants". */

G_END_DECLS
