/* ff-cli-list.h — fotfeste-cli's lists of records, one line each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_list (FfCli              *cli,
                 const FfCliCommand *command,
                 int                 argc,
                 char              **argv);

G_END_DECLS
