/* ff-record.h — one description of a kind of record, and one way to read and write it
 *
 * A kind of record is described once, as an FfRecordType: its table, its fields (key,
 * column, check, whether required or sensitive), the periods whose end may not come
 * before their start, the columns derived from the fields, and any check across
 * fields. Every kind is then read, validated, inserted, changed one field at a time,
 * deleted and restored (as tombstones) and archived by the same functions here, each
 * in its own transaction with an audit row and FfStore::changed.
 *
 * Values go in and come out as text in one normalised spelling per check: dates as
 * YYYY-MM-DD, choices by key, hours per week as "7.5", money as whole øre ("123450"),
 * percentages as "50", times of day as "09:00", amounts of business plans as whole øre too, flags as "0"/"1", organisation numbers as 9 digits, ids and
 * counts as decimal digits, links as typed with "https://" added when no scheme was;
 * "" is empty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-choice.h"
#include "ff-record-kind.h"
#include "ff-store.h"

G_BEGIN_DECLS

/* How a field's value is checked, normalised and stored. */
typedef enum
{
  FF_CHECK_LINE,          /* one line of text */
  FF_CHECK_TEXT,          /* a block of text that keeps its line breaks */
  FF_CHECK_DATE,          /* a date from 1900 to 2100 */
  FF_CHECK_PAST_DATE,     /* a date from 1900 to today */
  FF_CHECK_BIRTH_DATE,    /* a birth date: from 1900 to today */
  FF_CHECK_CHOICE,        /* a key of the field's choice list */
  FF_CHECK_HOURS,         /* hours per week, stored as whole minutes */
  FF_CHECK_MONEY,         /* kroner, stored as whole øre */
  FF_CHECK_PERCENT,       /* a whole percentage, 0–100 */
  FF_CHECK_EMAIL,
  FF_CHECK_PHONE,
  FF_CHECK_NATIONAL_ID,   /* fødselsnummer or D-nummer, both check digits */
  FF_CHECK_ORG_NUMBER,    /* organisasjonsnummer, its check digit */
  FF_CHECK_POSTCODE,      /* four digits */
  FF_CHECK_FLAG,          /* "0" or "1", stored as an integer */
  FF_CHECK_ID,            /* the id of another record, or empty: an integer or NULL */
  FF_CHECK_LINK,          /* a web address, http or https */
  FF_CHECK_COUNT,         /* a small whole number of times, 1–50, stored as an integer */
  FF_CHECK_AMOUNT,        /* kroner in a business plan, 0 to 100 million, as whole øre */
  FF_CHECK_TALLY,         /* how many people or things, 0–9999, stored as an integer */
  FF_CHECK_TIME,          /* a time of day, 00:00–23:59, stored as "HH:MM" */
  FF_CHECK_DURATION,      /* hours of one occasion, over 0 and at most 24, with two
                           * decimals, stored as whole hundredths of an hour */
  FF_CHECK_WORK_PERCENT,  /* a working percentage, 1–100, stored as an integer */
} FfCheck;

typedef enum
{
  FF_FIELD_REQUIRED  = 1 << 0,  /* never empty */
  FF_FIELD_SENSITIVE = 1 << 1,  /* special categories or national id: left out of
                                 * exports and reports unless asked for */
  FF_FIELD_MASKED    = 1 << 2,  /* shown masked on screen ("010290 *****") until the
                                 * user asks to see it, which is audited */
} FfFieldFlags;

typedef struct
{
  const char          *key;       /* stable: audit, exchange, and the name of the widget
                                   * that edits it on a page */
  const char          *column;    /* the column; NULL: the same as the key */
  FfCheck              check;
  FfFieldFlags         flags;
  const FfChoiceList  *choices;   /* for FF_CHECK_CHOICE */
  const char          *fallback;  /* what an empty value becomes (NULL: stays "") */
  const char          *required;  /* msgid: what to say when a required field is empty */
} FfField;

/* Two fields that make a period: the end may not come before the start. */
typedef struct
{
  guint        start;
  guint        end;
  const char  *message;           /* msgid */
} FfPeriod;

/* A column kept in step with the fields (a sort key, a folded search text): computed
 * from all of the row's field values (normalised, by field index) at every write. */
typedef struct
{
  const char  *column;
  char      *(*compute) (const char * const *values);
} FfDerived;

typedef enum
{
  FF_RECORD_ARCHIVABLE = 1 << 0,  /* has archived_at */
  FF_RECORD_ORDERED    = 1 << 1,  /* has a position within its owner, new ones last */
} FfRecordFlags;

typedef struct _FfRecordType FfRecordType;

struct _FfRecordType
{
  FfRecordKind          kind;       /* what ::changed says; an owned record's change is
                                     * announced as a change of its owner */
  const char           *table;
  const FfField        *fields;
  guint                 n_fields;
  FfRecordFlags         flags;
  const FfPeriod       *periods;
  guint                 n_periods;
  const FfDerived      *derived;
  guint                 n_derived;
  const char           *not_found;  /* msgid: the row is gone */

  /* The record that holds this one (a plan holds its activities), and the column
   * that names it. NULL for a record of its own. */
  const FfRecordType   *owner;
  const char           *owner_column;
  /* How the records an owner holds are ordered (SQL of the alias "t"), or NULL: by
   * position for an ordered type, by id otherwise. */
  const char           *order;

  /* An SQL condition on the row itself, or on its owner's for an owned record,
   * written of the alias "r" (e.g. "r.state = 'signed'"), under which the record
   * cannot change; and what to say then (msgid). */
  const char           *frozen;
  const char           *frozen_message;

  /* The column lists are sorted and searched by, or NULL (by id; no search). */
  const char           *sort_column;
  const char           *search_column;
  /* The field that names a record (its title in lists), or, when several do, what
   * makes the name of the field values (newly allocated; NULL: the title field). */
  guint                 title_field;
  char               *(*title)      (const char * const *values);

  /* Read-only SQL expressions (of the alias "t") loaded after the fields, for what
   * a record shows but no one edits (a participant's current status). */
  const char * const   *extra;
  guint                 n_extra;

  /* Checks across fields once @changed has its new value (G_MAXUINT: all of them,
   * for a new record): FALSE with a translated FF_VALIDATE_ERROR. May be NULL. */
  gboolean            (*check)      (const char * const *values,
                                     guint               changed,
                                     GError            **error);

  /* Inside the transaction of a write, once the values passed the checks above and
   * before they are written: the checks that need the store (the records an id
   * names) and what else changes with this change. @id is 0 and @old_values NULL for
   * a new record; @changed as for check. FALSE with a translated error refuses the
   * write, which is then rolled back whole. May be NULL. */
  gboolean            (*write_hook) (FfStore            *store,
                                     gint64              id,
                                     gint64              owner_id,
                                     const char * const *old_values,
                                     const char * const *values,
                                     guint               changed,
                                     GError            **error);

  /* What lists show under the title, newly allocated; may be NULL. */
  char               *(*describe)   (const char * const *values);

  /* The class of the objects loaded (a subclass of FfRecord); 0: FfRecord. */
  GType               (*get_gtype)  (void);
};

#define FF_TYPE_RECORD (ff_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (FfRecord, ff_record, FF, RECORD, GObject)

struct _FfRecordClass
{
  GObjectClass parent_class;
};

/* The type whose table is @table, or NULL. Every type is listed in ff-record-type.c. */
const FfRecordType *ff_record_type_find (const char          *table);

/* The field whose key is @key, or -1. */
int           ff_record_type_find_field (const FfRecordType  *type,
                                         const char          *key);
const char   *ff_record_type_column     (const FfRecordType  *type,
                                         guint                field);

/* Checks and normalises @value for @field without touching the store. An empty
 * value is valid unless the field is required, and becomes the field's fallback.
 * On FALSE, a translated FF_VALIDATE_ERROR. */
gboolean      ff_record_validate        (const FfRecordType  *type,
                                         guint                field,
                                         const char          *value,
                                         char               **normalized,
                                         GError             **error);

/* A stored value as people read it in @language (NULL: the displayed language), and
 * as its field takes it back: a date as DD.MM.YYYY, hours as "7,5", money as
 * "kr 1 234,50" (ff-format.h), an organisation number as "974 760 673", a choice by
 * its label. */
char         *ff_record_display         (const FfRecordType  *type,
                                         guint                field,
                                         const char          *value,
                                         const char          *language);

/* @value of a field flagged FF_FIELD_MASKED as the screen shows it until someone asks
 * to see it: a national id as "010290 *****" (ff_format_national_id_masked()), any
 * other as "*****"; "" stays "". */
char         *ff_record_mask            (const FfRecordType  *type,
                                         guint                field,
                                         const char          *value);

/* Inserts a record with @values (one per field, by index; NULL or a NULL entry:
 * empty), validated as ff_record_set_field() does, owned by @owner_id for an owned
 * type. Returns the new id, or 0. */
gint64        ff_record_insert          (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               owner_id,
                                         const char * const  *values,
                                         GError             **error);

/* Validates @value and, when valid, writes it in its own transaction with an audit
 * row and announces the change. An invalid value leaves the store as it was and
 * returns FALSE with a translated FF_VALIDATE_ERROR; a deleted record fails with
 * FF_STORE_ERROR_NOT_FOUND, a frozen one with FF_STORE_ERROR_INVALID. An unchanged
 * value writes nothing and returns TRUE. */
gboolean      ff_record_set_field       (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         guint                field,
                                         const char          *value,
                                         GError             **error);

/* As ff_record_set_field() for several fields at once, in one transaction: @values
 * holds one value per field (by index), NULL for a field to leave as it is. Nothing
 * is written when one value is refused. An audit row for each field that changes. */
gboolean      ff_record_update          (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         const char * const  *values,
                                         GError             **error);

/* Marks a record deleted (a tombstone, undone by setting @deleted FALSE again). */
gboolean      ff_record_set_deleted     (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         gboolean             deleted,
                                         GError             **error);

/* Inside a transaction the caller began: checks that record @id exists, is not
 * deleted and not frozen (FF_STORE_ERROR_NOT_FOUND, FF_STORE_ERROR_INVALID), and
 * gives its UUID, for a change the kind makes on its own (signing a plan). */
gboolean      ff_record_check_writable  (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         char               **uuid,
                                         GError             **error);

/* Inside a transaction the caller began: a copy of record @id's fields (and its
 * position, for an ordered type) as a new row of @table (NULL: the type's own, whose
 * columns @table must have too), held by @owner_id in @owner_column (NULL: the
 * type's owner column), with a new UUID and an audit row. Its id in @new_id (may be
 * NULL). Used where a version is kept as it was: a signed plan's parts, a placement
 * agreement whose approvals a change cleared. */
gboolean      ff_record_copy            (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         const char          *table,
                                         const char          *owner_column,
                                         gint64               owner_id,
                                         gint64              *new_id,
                                         GError             **error);

/* Archives a record of an archivable type, or brings it back. */
gboolean      ff_record_set_archived    (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         gboolean             archived,
                                         GError             **error);

/* Whether record @id of @type is in the file at all, deleted (kept for Undo) or not:
 * FALSE once it was erased or purged. TRUE when that cannot be read. */
gboolean      ff_record_exists          (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id);

/* One record, or NULL with FF_STORE_ERROR_NOT_FOUND (also for a deleted one). */
FfRecord     *ff_record_load            (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         GError             **error);

/* The records with these ids in one query, in the order given; missing and deleted
 * ones are left out. */
GPtrArray    *ff_record_load_many       (FfStore             *store,
                                         const FfRecordType  *type,
                                         const gint64        *ids,
                                         guint                n_ids,
                                         GError             **error);

/* The records of an owned type that @owner_id holds, in their order. */
GPtrArray    *ff_record_load_owned      (FfStore             *store,
                                         const FfRecordType  *type,
                                         gint64               owner_id,
                                         GError             **error);

/* What a list of one kind shows. */
typedef struct
{
  const char  *search;            /* NULL or "": all; otherwise every word, folded,
                                   * somewhere in the search column */
  gboolean     include_archived;
} FfRecordQuery;

/* The ids of the records @query finds, in the type's order: one query. */
GArray       *ff_record_query_ids       (FfStore             *store,
                                         const FfRecordType  *type,
                                         const FfRecordQuery *query,
                                         GError             **error);

/* Computes the derived columns of every row again, inside the caller's transaction
 * (after a migration that added one). */
gboolean      ff_record_update_derived  (FfStore             *store,
                                         const FfRecordType  *type,
                                         GError             **error);

const FfRecordType *ff_record_get_record_type (FfRecord *self);
gint64        ff_record_get_id          (FfRecord            *self);
const char   *ff_record_get_uuid        (FfRecord            *self);
const char   *ff_record_get_created_at  (FfRecord            *self);
const char   *ff_record_get_updated_at  (FfRecord            *self);
gboolean      ff_record_get_archived    (FfRecord            *self);
/* The stored value of @field, never NULL. */
const char   *ff_record_get             (FfRecord            *self,
                                         guint                field);
/* Every value, by field index. */
const char * const *ff_record_get_values (FfRecord           *self);
/* The value of extra column @index, never NULL. */
const char   *ff_record_get_extra       (FfRecord            *self,
                                         guint                index);
/* The title (the title field's value) and what lists show under it. */
const char   *ff_record_get_title       (FfRecord            *self);
const char   *ff_record_get_subtitle    (FfRecord            *self);

/* Properties (read-only): "id", "title", "subtitle", "archived". */

G_END_DECLS
