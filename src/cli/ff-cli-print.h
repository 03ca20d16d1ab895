/* ff-cli-print.h — fotfeste-cli's printed documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_print (FfCli              *cli,
                  const FfCliCommand *command,
                  int                 argc,
                  char              **argv);

G_END_DECLS
