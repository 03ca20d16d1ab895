/* ff-test-store.h — opening and querying a store in the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store-private.h"

G_BEGIN_DECLS

/* Opens (creating it if need be) the store @name in the folder @dir. */
FfStore *ff_test_open_store (const char *dir,
                             const char *name);

/* The first column of the one row @sql gives, read past the store's own API. */
gint64   ff_test_query_int  (FfStore    *store,
                             const char *sql);
char    *ff_test_query_text (FfStore    *store,
                             const char *sql);

G_END_DECLS
