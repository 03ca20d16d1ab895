/* ff-sample-places.c — where the sample data's people live and work: municipalities
 * with a postcode each, and street names found all over Norway
 *
 * Data, not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-sample-private.h"

/* The programmes' own municipalities first (see the design's seeds), then towns
 * where refugees are settled all over the country. */
const FfSamplePlace ff_sample_places[FF_SAMPLE_N_PLACES] = {
  { "Kvænangen", "9161" }, { "Skien", "3715" }, { "Drammen", "3015" }, { "Vang", "2975" },
  { "Oslo", "0557" }, { "Bergen", "5003" }, { "Trondheim", "7011" }, { "Tromsø", "9008" },
  { "Kristiansand", "4610" }, { "Stavanger", "4006" }, { "Porsgrunn", "3921" },
  { "Hamar", "2317" }, { "Bodø", "8006" }, { "Ålesund", "6002" }, { "Lillehammer", "2609" },
  { "Nordreisa", "9151" }, { "Alta", "9510" }, { "Gjøvik", "2815" }, { "Arendal", "4836" },
  { "Fredrikstad", "1606" },
};

const char * const ff_sample_streets[] = {
  "Storgata", "Kirkeveien", "Skolegata", "Fjellveien", "Parkveien", "Strandgata",
  "Elvegata", "Bjørkeveien", "Furuveien", "Sjøgata", "Torggata", "Industriveien",
  "Nygata", "Åsveien", "Gamle Riksvei", "Havnegata", "Lærkeveien", "Solbakken",
};

const guint ff_sample_n_streets = G_N_ELEMENTS (ff_sample_streets);
